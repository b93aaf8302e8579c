import { sql } from "drizzle-orm";
import { shopDb } from "@/db/shop/client";

export const dynamic = "force-dynamic";

/** Readiness: the process is up and its database answers. */
export function GET() {
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
