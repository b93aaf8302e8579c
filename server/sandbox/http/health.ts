import "server-only";
import { sql } from "drizzle-orm";
import { sandboxDb } from "@/db/sandbox/client";
import { merchants } from "@/db/sandbox/schema";

/** GET /sandbox/baas/uatc/health: the bank's readiness, its database included. */
export function healthCheck(): Response {
  try {
    const row = sandboxDb().select({ count: sql<number>`count(*)` }).from(merchants).get();
    return Response.json({ status: "ok", checks: { database: "ok", merchants: row?.count ?? 0 } }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return Response.json(
      { status: "error", checks: { database: error instanceof Error ? error.message : "unavailable" } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
