"use client";

import { useQuery } from "@tanstack/react-query";
import { AudioLines, FileText, MessageSquareText, NotebookPen, SearchX } from "lucide-react";
import Link from "next/link";
import { Fragment } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/format-provider";

/** A snippet with its «marked» words highlighted, as text: nothing in it is HTML. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/«|»/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
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

const LABELS: Record<string, string> = {
  notes: "Note",
  documents: "Document",
  transcripts: "Live transcript",
};

/** Straight to the match: the message in its conversation, the note beside its conversation. */
function hrefOf(result: { type: string; id: string; conversation_id?: string | null }): string {
  if (result.type === "messages" && result.conversation_id)
    return `/chat/${result.conversation_id}#message-${result.id}`;
  if (result.type === "transcripts") return `/live/transcripts/${result.id}`;
  if (result.type === "notes")
    return `${result.conversation_id ? `/chat/${result.conversation_id}` : "/notes"}#note-${result.id}`;
  if (result.type === "documents") return `/knowledge?document=${result.id}`;
  return "/home";
}

export function SearchResults({ q }: { q: string }) {
  const trpc = useTRPC();
  const results = useQuery({
    ...trpc.conversations.search.queryOptions({ q, limit: 30 }),
    enabled: q.trim().length > 0,
  });
  if (!q.trim())
    return (
      <p className="text-sm text-muted">
        Type a few words in the box above: any of them may match, in your messages, notes, documents
        and Live transcripts.
      </p>
    );
  if (results.isPending) return <Card aria-busy="true" className="h-40 animate-pulse" />;
  if (results.isError) return <Alert>Search failed: {results.error.message}</Alert>;
  if (results.data.results.length === 0) {
    return (
      <Card
        className="flex flex-col items-center gap-2 py-10 text-center"
        data-testid="search-empty"
      >
        <SearchX className="size-8 text-muted" aria-hidden />
        <p className="font-medium">Nothing matches “{q}”</p>
        <p className="text-sm text-muted">Try other words; any of them may match.</p>
      </Card>
    );
  }
  return (
    <ul className="flex flex-col gap-3" data-testid="search-results">
      {results.data.results.map((r) => {
        const Icon =
          r.type === "notes"
            ? NotebookPen
            : r.type === "documents"
              ? FileText
              : r.type === "transcripts"
                ? AudioLines
                : MessageSquareText;
        return (
          <li key={`${r.type}-${r.id}`}>
            <Link
              href={hrefOf(r)}
              className="block rounded-lg border border-border p-4 hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent"
            >
              <div className="flex items-center gap-2 text-xs text-muted">
                <Icon className="size-3.5" aria-hidden />
                <span>{LABELS[r.type] ?? "Message"}</span>
                <span aria-hidden>·</span>
                <Time iso={r.created_at} style="ago" />
              </div>
              <div className="mt-1 font-medium">{r.title}</div>
              <p className="mt-1 line-clamp-3 text-sm text-muted">
                <Snippet text={r.snippet} />
              </p>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
