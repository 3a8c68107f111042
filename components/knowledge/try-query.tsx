"use client";

import { useQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

function Marked({ text }: { text: string }) {
  return (
    <>
      {text.split(/«|»/).map((part, i) =>
        i % 2 ? (
          <mark key={i} className="rounded bg-accent-soft px-0.5 text-fg">
            {part}
          </mark>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/** Ranked passages with their scores: what the chat would be given for this question. */
export function TryQuery() {
  const trpc = useTRPC();
  const [draft, setDraft] = useState("");
  const [query, setQuery] = useState("");
  const results = useQuery({
    ...trpc.knowledge.search.queryOptions({ query, limit: 10 }),
    enabled: query.length > 0,
  });
  return (
    <section className="space-y-3" aria-labelledby="try-query">
      <h2 id="try-query" className="font-semibold">
        Try a query
      </h2>
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(draft.trim());
        }}
      >
        {/* The wrapper, not the input, takes the row's width: a flex-1 input collapsed to 0 high. */}
        <div className="min-w-0 flex-1">
          <TextField
            label="Question"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            data-testid="try-query-input"
          />
        </div>
        <Button type="submit">Search</Button>
      </form>
      {results.isError && <Alert>{results.error.message}</Alert>}
      {results.data && (
        <div className="space-y-2" data-testid="try-query-results">
          {results.data.results.length === 0 && (
            <p className="text-sm text-muted">No passage matches; try other words.</p>
          )}
          {/* Only list items inside the list (axe: list); the count and timing sit beside it. */}
          <ol className="space-y-2">
            {results.data.results.map((r, i) => (
              <li key={r.chunk_id} className="rounded border border-border p-3 text-sm">
                <p className="flex justify-between gap-2 font-medium">
                  <span>
                    {i + 1}. {r.document_title}
                    {r.location && <span className="text-muted"> · {r.location}</span>}
                  </span>
                  <span
                    className="text-muted tabular-nums"
                    title="Score, higher ranks first: BM25 with relevance feedback, fused with a ranking by meaning where the server has embeddings on (1: first by both)"
                  >
                    {r.score.toFixed(2)}
                  </span>
                </p>
                <p className="mt-1 text-muted">
                  <Marked text={r.snippet} />
                </p>
              </li>
            ))}
          </ol>
          <p className="text-xs text-muted">{results.data.took_ms} ms</p>
        </div>
      )}
    </section>
  );
}
