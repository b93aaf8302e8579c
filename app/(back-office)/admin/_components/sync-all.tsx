"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useTRPC } from "@/server/shop/trpc/client";

/**
 * "Sync all": starts one background run of the reconciler over every
 * unfinished order and polls its progress; the list reloads when it ends.
 * A run started elsewhere (another tab, another admin) shows here too.
 */
export function SyncAll() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const statusKey = trpc.admin.sync.status.queryKey({});
  const status = useQuery(
    trpc.admin.sync.status.queryOptions(
      {},
      {
        staleTime: 0,
        refetchInterval: (query) => (query.state.data && query.state.data.finishedAt === null ? 500 : false),
      },
    ),
  );
  const start = useMutation(
    trpc.admin.sync.start.mutationOptions({
      onSuccess: (job) => queryClient.setQueryData(statusKey, job),
    }),
  );

  const job = status.data ?? null;
  const running = job !== null && job.finishedAt === null;
  const wasRunning = useRef(false);
  useEffect(() => {
    // The run just ended: the list and the counts are out of date.
    if (wasRunning.current && !running) router.refresh();
    wasRunning.current = running;
  }, [running, router]);

  let text = "Re-reads every unfinished order from the bank.";
  if (running) text = job.total > 0 ? `Checking ${job.done} of ${job.total} orders…` : "Starting…";
  else if (job?.error) text = `The sync stopped: ${job.error}`;
  else if (job?.report) {
    const r = job.report;
    text = `Last sync: ${r.checked + r.linked} of ${r.watched + r.pendingChecked} orders read, ${r.changed + r.linked + r.failed} changed${r.errors ? `, ${r.errors} errors (see the API log)` : ""}.`;
  }

  return (
    <div className="sync">
      <button type="button" onClick={() => start.mutate()} disabled={running || start.isPending} aria-describedby="sync-status">
        {running ? "Syncing…" : "Sync all unfinished orders"}
      </button>
      {running && <progress max={Math.max(1, job.total)} value={job.done} aria-label="Sync progress" />}
      <p id="sync-status" className="status" role="status" data-testid="sync-status">
        {start.error ? `Could not start: ${start.error.message}` : text}
      </p>
    </div>
  );
}
