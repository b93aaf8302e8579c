import { sql } from "drizzle-orm";
import { connection } from "next/server";
import { shopDb } from "@/db/shop/client";

/** Readiness: the process is up and its database answers (per request: never prerendered). */
export async function GET() {
  await connection();
  try {
    shopDb().get(sql`select 1`);
    return Response.json({ status: "ok", checks: { database: "ok" } });
  } catch (error) {
    return Response.json(
      { status: "error", checks: { database: error instanceof Error ? error.message : "unavailable" } },
      { status: 503 },
    );
  }
}
