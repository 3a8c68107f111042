"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { MessageCircle } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/format-provider";
import { useTRPC } from "@/components/trpc/client";
import { clockText } from "./quota-summary";

export function TranscriptList() {
  const trpc = useTRPC();
  const pages = useInfiniteQuery(
    trpc.live.transcripts.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.next_cursor ?? undefined },
    ),
  );
  if (pages.isPending) return <Card aria-busy="true" className="h-40 animate-pulse" />;
  if (pages.isError) return <Alert>Transcripts could not load: {pages.error.message}</Alert>;
  const items = pages.data.pages.flatMap((p) => p.items);
  if (items.length === 0)
    return (
      <Card
        className="flex flex-col items-center gap-2 py-10 text-center"
        data-testid="transcripts-empty"
      >
        <MessageCircle className="size-8 text-muted" aria-hidden />
        <p className="font-medium">No transcripts yet</p>
        <p className="text-sm text-muted">
          Hold a{" "}
          <Link className="underline" href="/live">
            Live session
          </Link>
          : what you say is saved here when it ends.
        </p>
      </Card>
    );
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-3" data-testid="transcripts">
        {items.map((t) => (
          <li key={t.id}>
            <Link
              href={`/live/transcripts/${t.id}`}
              className="block rounded-lg border border-border p-4 hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent"
            >
              <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
                <span className="capitalize">{t.session_type ?? "Live"}</span>
                <span aria-hidden>·</span>
                <Time iso={t.session_started_at} style="ago" />
                <span aria-hidden>·</span>
                <span>
                  {clockText(
                    (Date.parse(t.session_ended_at) - Date.parse(t.session_started_at)) / 1000,
                  )}
                </span>
                <span aria-hidden>·</span>
                <span>
                  {t.turn_count} {t.turn_count === 1 ? "turn" : "turns"}
                </span>
              </div>
              <p className="mt-1 line-clamp-2 text-sm">{t.preview || "(empty)"}</p>
            </Link>
          </li>
        ))}
      </ul>
      {pages.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() => void pages.fetchNextPage()}
          pending={pages.isFetchingNextPage}
        >
          Show older transcripts
        </Button>
      )}
    </div>
  );
}
