import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";

/** For admin pages: the signed-in admin, or a redirect to the login page. */
export async function requireAdmin(callbackPath: string) {
  const session = await getServerSession(authOptions);
  if (!session?.user?.email) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return session.user;
}
