"use client";

import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { BarChart } from "./stats-chart";
import type { Engagement } from "./stats-types";

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card className="flex flex-col gap-1 p-4">
      <span className="text-xs font-medium text-muted">{label}</span>
      <span className="text-2xl font-semibold tabular-nums">{value}</span>
      {hint && <span className="text-xs text-muted">{hint}</span>}
    </Card>
  );
}

/** The period's totals and daily charts (or why they are missing). */
export function StatsOverview({
  engagement,
}: {
  engagement: { isError: boolean; error: { message: string } | null; data: Engagement | undefined };
}) {
  const e = engagement.data;
  return engagement.isError ? (
    <Alert>The statistics could not be loaded: {engagement.error?.message}</Alert>
  ) : !e ? (
    <Card aria-busy="true" className="h-40 animate-pulse" />
  ) : (
    <>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5" data-testid="stats-totals">
        <Figure
          label="Active members"
          value={`${e.totals.active_members} / ${e.members}`}
          hint="with any learning"
        />
        <Figure label="XP earned" value={String(e.totals.xp)} />
        <Figure
          label="Tasks completed"
          value={String(e.totals.tasks_completed)}
          hint={`${e.totals.tasks_submitted} answers`}
        />
        <Figure label="Live minutes" value={String(e.totals.live_minutes)} />
        <Figure label="Evaluations" value={String(e.totals.evaluations)} />
      </div>
      <Card className="grid gap-6 p-4 md:grid-cols-3">
        <BarChart
          title="Active members"
          unit="member-days"
          days={e.days.map((d) => ({ date: d.date, value: d.active_members }))}
          testId="chart-active"
        />
        <BarChart
          title="XP"
          unit="XP"
          days={e.days.map((d) => ({ date: d.date, value: d.xp }))}
          testId="chart-xp"
        />
        <BarChart
          title="Live and conversation time"
          unit="min"
          days={e.days.map((d) => ({
            date: d.date,
            value: Math.round((d.live_minutes + d.learning_minutes) * 10) / 10,
          }))}
          testId="chart-minutes"
        />
      </Card>
    </>
  );
}
