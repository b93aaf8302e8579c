"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useAdminI18n } from "@/app/_client/admin-i18n";
import { useTRPC } from "@/app/_client/trpc";

/**
 * "Sync all": starts one background run of the reconciler over every
 * unfinished order and polls its progress; the list reloads when it ends.
 * A run started elsewhere (another tab, another admin) shows here too.
 */
export function SyncAll() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { t } = useAdminI18n();
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

  let text = t.sync.idle;
  if (running) text = job.total > 0 ? t.sync.checking(job.done, job.total) : t.sync.starting;
  else if (job?.error) text = t.sync.stopped(job.error);
  else if (job?.report) {
    const r = job.report;
    text = t.sync.last(r.checked + r.linked, r.watched + r.pendingChecked, r.changed + r.linked + r.failed, r.errors);
  }

  return (
    <div className="sync">
      <button type="button" onClick={() => start.mutate()} disabled={running || start.isPending} aria-describedby="sync-status">
        {running ? t.sync.running : t.sync.button}
      </button>
      {running && <progress max={Math.max(1, job.total)} value={job.done} aria-label={t.sync.progress} />}
      <p id="sync-status" className="status" role="status" data-testid="sync-status">
        {start.error ? t.sync.couldNotStart(start.error.message) : text}
      </p>
    </div>
  );
}
