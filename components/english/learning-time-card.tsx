"use client";

import { useQuery } from "@tanstack/react-query";
import { Clock } from "lucide-react";
import { useTRPC } from "@/components/trpc/client";
import { Card } from "@/components/ui/card";

/** "0 min", "< 1 min", "12 min", "1 h 5 min": rounded to whole minutes, a few seconds still shown. */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes === 0) return seconds > 0 ? "< 1 min" : "0 min";
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

const SOURCES = [
  { key: "conversation_seconds", label: "Conversations" },
  { key: "live_seconds", label: "Live practice" },
  { key: "xel_seconds", label: "English tasks" },
] as const;

/**
 * Time spent learning over the last 30 days (the server's default range), with the last 7 days
 * beside it and the split by where it was spent (docs/learning-time.md says how each counts).
 */
export function LearningTimeCard() {
  const trpc = useTRPC();
  const time = useQuery(trpc.learningSessions.learningTime.queryOptions({}));

  return (
    <Card aria-busy={time.isPending} data-testid="learning-time">
      <h2 className="mb-3 flex items-center gap-2 font-semibold">
        <Clock className="size-4" aria-hidden />
        Learning time
      </h2>
      {time.isPending ? (
        <div className="h-24 animate-pulse rounded bg-border/40" />
      ) : time.isError ? (
        <p className="text-sm text-muted">
          Learning time could not be loaded: {time.error.message}
        </p>
      ) : (
        <>
          <dl className="mb-4 grid grid-cols-2 gap-2">
            <div>
              <dt className="text-sm text-muted">Last 7 days</dt>
              <dd className="text-2xl font-semibold" data-testid="learning-time-week">
                {formatDuration(time.data.days.slice(-7).reduce((n, d) => n + d.total_seconds, 0))}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Last 30 days</dt>
              <dd className="text-2xl font-semibold" data-testid="learning-time-month">
                {formatDuration(time.data.total_seconds)}
              </dd>
            </div>
          </dl>
          <ul className="flex flex-col gap-1 text-sm">
            {SOURCES.map((s) => (
              <li key={s.key} className="flex justify-between gap-2">
                <span>{s.label}</span>
                <span className="text-muted">{formatDuration(time.data[s.key])}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
