"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { Time } from "@/components/ui/format-provider";
import { toast } from "@/components/ui/toast";
import type { ReindexRun, SearchStatusResponse } from "@/server/search-admin/schemas";

type IndexEntry = SearchStatusResponse["indexes"][number];

const TYPE_LABELS: Record<IndexEntry["type"], string> = {
  messages: "Chat messages",
  notes: "Notes",
  transcripts: "Live transcripts",
  documents: "Knowledge documents",
};

const RUN_TONES = {
  queued: "muted",
  running: "accent",
  done: "neutral",
  failed: "danger",
} as const;

function RunSummary({ run }: { run: ReindexRun }) {
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid={`reindex-${run.status}`}>
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={RUN_TONES[run.status]}>{run.status}</Badge>
        <span>
          {run.documents_indexed} of {run.documents_total} documents rebuilt
        </span>
      </p>
      <p className="text-muted">
        Asked <Time iso={run.requested_at} style="dateTime" />
        {run.finished_at && (
          <>
            , finished <Time iso={run.finished_at} style="dateTime" />
          </>
        )}
      </p>
      {run.error && <Alert>{run.error}</Alert>}
    </div>
  );
}

/**
 * The installation's search index for platform administrators (docs/search-maintenance.md): what
 * is indexed, pending work, and a rebuild of the knowledge index. It refreshes itself while work
 * is pending.
 */
export function SearchMaintenance() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(
    trpc.searchAdmin.status.queryOptions(undefined, {
      refetchInterval: (query) => {
        const pending = query.state.data?.pending;
        return pending && (pending.reindex || pending.ingest_jobs > 0) ? 2000 : false;
      },
    }),
  );
  const reindex = useMutation(
    trpc.searchAdmin.reindex.mutationOptions({
      onSuccess: (run) => {
        toast.success(run.status === "queued" ? "Rebuild queued" : "A rebuild is already running");
        return queryClient.invalidateQueries({ queryKey: trpc.searchAdmin.status.queryKey() });
      },
      onError: (error) => toast.failure("The rebuild could not be started", error),
    }),
  );

  if (status.isPending) return <Card aria-busy="true" className="h-64 animate-pulse" />;
  if (status.isError) return <Alert>The index could not be read: {status.error.message}</Alert>;
  const s = status.data;
  const k = s.knowledge;

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="mb-3 font-semibold">Indexes</h2>
        <DataList
          items={s.indexes}
          label="Indexes"
          testId="search-indexes"
          minTableWidth={560}
          getKey={(entry) => entry.type}
          columns={[
            { header: "Type", cell: (entry) => TYPE_LABELS[entry.type] },
            { header: "Items", cell: (entry) => entry.items },
            { header: "Searchable", cell: (entry) => entry.indexed },
            {
              header: "Kept current by",
              cell: (entry) =>
                entry.maintained_by === "database" ? "the database, on every write" : "ingestion",
            },
          ]}
        />
      </Card>

      <Card className="flex flex-col gap-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <h2 className="font-semibold">Knowledge index</h2>
            <p className="text-sm text-muted">
              {k.passages} passages, {k.terms} terms, {k.postings} postings ·{" "}
              {k.documents_processing} documents processing, {k.documents_failed} failed ·{" "}
              {s.pending.ingest_jobs} ingestion jobs pending
            </p>
          </div>
          <Button
            variant="secondary"
            pending={reindex.isPending}
            disabled={s.pending.reindex !== null}
            onClick={() => reindex.mutate()}
            data-testid="reindex"
          >
            <RefreshCw className="size-4" aria-hidden />
            Rebuild the knowledge index
          </Button>
        </div>
        <p className="text-sm text-muted">
          A rebuild recomputes every ready document&apos;s postings from its stored passages, one
          document at a time: searches keep answering throughout.
        </p>
        <section aria-label="Rebuilds" className="flex flex-col gap-4" aria-live="polite">
          {s.pending.reindex && <RunSummary run={s.pending.reindex} />}
          {s.last_reindex ? (
            <div>
              <h3 className="mb-1 text-sm font-medium">Last rebuild</h3>
              <RunSummary run={s.last_reindex} />
            </div>
          ) : (
            !s.pending.reindex && <p className="text-sm text-muted">No rebuild has run yet.</p>
          )}
        </section>
      </Card>
    </div>
  );
}
