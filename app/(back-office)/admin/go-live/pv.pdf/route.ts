import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { shopDb } from "@/db/shop/client";
import { authOptions } from "@/server/shop/auth/options";
import { bankClient } from "@/server/shop/bank";
import { currentPv } from "@/server/shop/go-live/current-pv";
import { pvPdf } from "@/server/shop/go-live/pv-pdf";

/** The PV de recette as a PDF download, for admins only. */
export async function GET(): Promise<Response> {
  await connection();
  const session = await getServerSession(authOptions);
  if (!session?.user?.email) return new Response("Sign in first.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const pv = await currentPv({ db: shopDb(), bank: bankClient() });
  const bytes = await pvPdf(pv);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="pv-de-recette-${day}.pdf"`,
      "cache-control": "no-store",
    },
  });
}
