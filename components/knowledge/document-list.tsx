"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Time } from "@/components/ui/format-provider";

const STATE = {
  processing: "Processing…",
  ready: "Ready",
  failed: "Failed",
} as const;

/** The documents the user can read, with their state; refreshes while any is processing. */
export function DocumentList({ organizations }: { organizations: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery({
    ...trpc.knowledge.list.queryOptions({ limit: 100 }),
    refetchInterval: (q) =>
      q.state.data?.items.some((d) => d.status === "processing") ? 1000 : false,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.knowledge.list.queryKey() });
  const retry = useMutation(trpc.knowledge.retry.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(trpc.knowledge.update.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.knowledge.delete.mutationOptions({ onSuccess: refresh }));

  if (list.isPending) return <Card aria-busy="true" className="h-32 animate-pulse" />;
  if (list.isError) return <Alert>Could not load your documents: {list.error.message}</Alert>;
  if (list.data.items.length === 0)
    return <p className="text-sm text-muted">No documents yet. Upload some above.</p>;
  return (
    <ul className="divide-y divide-border rounded-lg border border-border" data-testid="documents">
      {list.data.items.map((d) => (
        <li key={d.id} className="space-y-1 p-3" data-testid="document" data-status={d.status}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="min-w-0">
              <p className="truncate font-medium">{d.title}</p>
              <p className="text-xs text-muted">
                {d.filename} · {Math.max(1, Math.round(d.size_bytes / 1024))} KiB ·{" "}
                {d.status === "ready"
                  ? `${d.chunk_count} ${d.chunk_count === 1 ? "passage" : "passages"} · `
                  : ""}
                <Time iso={d.created_at} style="ago" />
              </p>
            </div>
            <div className="flex items-center gap-2">
              <span
                data-testid="document-status"
                className={d.status === "failed" ? "text-sm text-danger" : "text-sm text-muted"}
              >
                {STATE[d.status]}
              </span>
              {d.is_owner && organizations.length > 0 && (
                <select
                  aria-label={`Share ${d.title}`}
                  className="h-8 rounded border border-border bg-bg px-2 text-sm"
                  value={d.organization_id ?? ""}
                  onChange={(e) =>
                    update.mutate({ document_id: d.id, organization_id: e.target.value || null })
                  }
                >
                  <option value="">Private</option>
                  {organizations.map((o) => (
                    <option key={o.id} value={o.id}>
                      Shared with {o.name}
                    </option>
                  ))}
                </select>
              )}
              {d.is_owner && d.status === "failed" && (
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => retry.mutate({ document_id: d.id })}
                >
                  Retry
                </Button>
              )}
              {d.is_owner && (
                <ConfirmButton
                  label="Delete"
                  title={`Delete “${d.title}”?`}
                  description="The document and its passages are removed; answers that cited it keep their quotes."
                  confirmLabel="Delete document"
                  onConfirm={() => remove.mutateAsync({ document_id: d.id })}
                  testId="delete-document"
                />
              )}
            </div>
          </div>
          {d.error && (
            <p className="text-sm text-danger" data-testid="document-error">
              {d.error}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
