import { z } from "zod";
import { engineDeps } from "../../orders/default-deps";
import { getSyncJob, startSyncAll } from "../../orders/reconciler";
import { adminProcedure, createTRPCRouter } from "../init";

/** "Sync all": one background run over every unfinished order, its progress polled by the page. */
export const adminSyncRouter = createTRPCRouter({
  start: adminProcedure.mutation(() => startSyncAll(engineDeps())),
  status: adminProcedure.input(z.object({ jobId: z.uuid().optional() })).query(({ input }) => getSyncJob(input.jobId)),
});
