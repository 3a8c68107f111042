"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { useTRPC } from "@/components/trpc/client";
import { EvaluateSpeaking } from "./evaluate-speaking";
import { clockText } from "./quota-summary";

export function TranscriptView({ id }: { id: string }) {
  const trpc = useTRPC();
  const transcript = useQuery(trpc.live.transcript.queryOptions({ transcript_id: id }));
  if (transcript.isPending) return <Card aria-busy="true" className="h-60 animate-pulse" />;
  if (transcript.isError)
    return (
      <Alert>
        {transcript.error.data?.code === "NOT_FOUND"
          ? "This transcript does not exist, or is not yours."
          : `The transcript could not load: ${transcript.error.message}`}{" "}
        <Link className="underline" href="/live/transcripts">
          All transcripts
        </Link>
      </Alert>
    );
  const t = transcript.data;
  const started = new Date(t.session_started_at);
  return (
    <div className="flex flex-col gap-4" data-testid="transcript">
      <p className="text-sm text-muted">
        <span className="capitalize">{t.session_type ?? "Live"}</span> session on{" "}
        {started.toLocaleString()} ·{" "}
        {clockText((Date.parse(t.session_ended_at) - started.getTime()) / 1000)} · {t.turn_count}{" "}
        turns
      </p>
      <Card className="flex flex-col gap-3 p-4">
        {t.transcripts.map((turn, i) => (
          <div key={i} className={turn.role === "user" ? "self-end text-right" : "self-start"}>
            <div className="text-xs text-muted">
              {turn.role === "user" ? "You" : "Tutor"} ·{" "}
              {new Date(turn.timestamp).toLocaleTimeString()}
            </div>
            <p
              className={
                turn.role === "user"
                  ? "rounded-lg bg-accent-soft px-3 py-2"
                  : "rounded-lg bg-surface px-3 py-2"
              }
              data-testid={`transcript-turn-${turn.role}`}
            >
              {turn.text}
            </p>
          </div>
        ))}
      </Card>
      <EvaluateSpeaking
        userTurns={t.transcripts.filter((turn) => turn.role === "user").map((turn) => turn.text)}
      />
      <Link className="text-sm underline" href="/live/transcripts">
        All transcripts
      </Link>
    </div>
  );
}
