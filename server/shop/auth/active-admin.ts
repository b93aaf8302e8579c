import "server-only";
import { eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { shopDb } from "@/db/shop/client";
import { adminUsers } from "@/db/shop/schema";

/**
 * Each request's session is checked against the admin users table: one
 * look-up by primary key, and the id, e-mail and disabled flag must match.
 * A cookie signed with the right secret for an e-mail that is not an admin,
 * or for an admin since deleted or disabled, gives no session at all.
 */
export function activeAdmin(token: JWT): { id: number; email: string; name: string } | null {
  const id = Number(token.sub);
  if (!Number.isSafeInteger(id) || typeof token.email !== "string") return null;
  const admin = shopDb()
    .select({ id: adminUsers.id, email: adminUsers.email, name: adminUsers.name, disabled: adminUsers.disabled })
    .from(adminUsers)
    .where(eq(adminUsers.id, id))
    .get();
  if (!admin || admin.disabled || admin.email !== token.email) return null;
  return admin;
}
