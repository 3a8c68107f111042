"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowRight, CheckCircle2, Flame, Star, Trophy, XCircle } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/format-provider";
import { SKILL_LABELS, TYPE_LABELS } from "./labels";
import { LearningTimeCard } from "./learning-time-card";
import { ProgressBar } from "./progress-bar";
import { RecentEvaluations } from "./recent-evaluations";
import { WeeklyChart } from "./weekly-chart";

function Stat({
  icon,
  label,
  value,
  hint,
}: {
  icon: ReactNode;
  label: string;
  value: ReactNode;
  hint?: string;
}) {
  return (
    <Card className="flex flex-col gap-1 p-4">
      <span className="flex items-center gap-2 text-sm text-muted">
        {icon}
        {label}
      </span>
      <span className="text-2xl font-semibold" data-testid={`stat-${label.toLowerCase()}`}>
        {value}
      </span>
      {hint && <span className="text-xs text-muted">{hint}</span>}
    </Card>
  );
}

/** XP, level, streak, progress per skill, this week's activity, recent results, what next. */
export function EnglishDashboard() {
  const trpc = useTRPC();
  const dashboard = useQuery(trpc.english.dashboard.queryOptions());
  const profile = useQuery(trpc.xp.profile.queryOptions());

  if (dashboard.isPending) return <Card aria-busy="true" className="h-64 animate-pulse" />;
  if (dashboard.isError)
    return <Alert>Your progress could not be loaded: {dashboard.error.message}</Alert>;
  const d = dashboard.data;
  const p = profile.data;

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4 [&>*]:min-w-0">
        <Stat icon={<Star className="size-4" aria-hidden />} label="XP" value={d.xp_total} />
        <Stat
          icon={<Trophy className="size-4" aria-hidden />}
          label="Level"
          value={d.level}
          hint={p ? `${p.next_level_at - p.xp_total} XP to level ${p.level + 1}` : undefined}
        />
        <Stat
          icon={<Flame className="size-4" aria-hidden />}
          label="Streak"
          value={`${d.streak.current} ${d.streak.current === 1 ? "day" : "days"}`}
          hint={
            d.streak.at_risk
              ? "Earn XP today to keep it"
              : `Longest: ${d.streak.longest} ${d.streak.longest === 1 ? "day" : "days"}`
          }
        />
        <Stat
          icon={<CheckCircle2 className="size-4" aria-hidden />}
          label="Modules"
          value={d.modules_completed}
          hint={`${d.tasks_completed} tasks done${d.estimated_level ? ` · working at ${d.estimated_level}` : ""}`}
        />
      </div>

      {d.next_module && (
        <Card className="flex flex-wrap items-center gap-4">
          <div className="min-w-0 flex-1">
            <p className="text-sm text-muted">Next up</p>
            <p className="font-medium">{d.next_module.title}</p>
            <p className="text-xs text-muted">
              {d.next_module.cefr_level} · {SKILL_LABELS[d.next_module.skill]} ·{" "}
              {d.next_module.completed_task_count}/{d.next_module.task_count} tasks
            </p>
          </div>
          <Button asChild>
            <Link href={`/english/modules/${d.next_module.id}`}>
              {d.next_module.status === "in_progress" ? "Continue" : "Start"}{" "}
              <ArrowRight className="size-4" aria-hidden />
            </Link>
          </Button>
        </Card>
      )}

      <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        <Card>
          <h2 className="mb-3 font-semibold">This week</h2>
          <WeeklyChart days={d.weekly_activity} />
          <p className="sr-only">
            {d.weekly_activity.map((day) => `${day.date}: ${day.xp} XP`).join(", ")}
          </p>
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">Progress by skill</h2>
          <ul className="flex flex-col gap-3">
            {d.skills.map((s) => (
              <li key={s.skill}>
                <div className="mb-1 flex justify-between text-sm">
                  <span>{SKILL_LABELS[s.skill]}</span>
                  <span className="text-muted">
                    {s.progress_percent}%
                    {s.average_score !== null && ` · average score ${s.average_score}`}
                  </span>
                </div>
                <ProgressBar
                  percent={s.progress_percent}
                  label={`${SKILL_LABELS[s.skill]} progress`}
                />
              </li>
            ))}
          </ul>
        </Card>
      </div>

      <div className="grid gap-4 lg:grid-cols-[2fr_1fr] [&>*]:min-w-0">
        <Card>
          <h2 className="mb-3 font-semibold">Recent results</h2>
          {d.recent_results.length === 0 ? (
            <p className="text-sm text-muted">
              Nothing yet:{" "}
              <Link href="/english" className="text-accent underline underline-offset-2">
                open a module
              </Link>{" "}
              and answer your first task.
            </p>
          ) : (
            <ul className="divide-y divide-border" data-testid="recent-results">
              {d.recent_results.map((r) => (
                <li key={r.submission_id} className="flex items-center gap-3 py-2 text-sm">
                  {r.is_correct === false ? (
                    <XCircle className="size-4 shrink-0 text-danger" aria-label="Wrong" />
                  ) : (
                    <CheckCircle2 className="size-4 shrink-0 text-accent" aria-label="Right" />
                  )}
                  <span className="min-w-0 flex-1 truncate">
                    {r.module_title} · {TYPE_LABELS[r.task_type]}
                  </span>
                  <span className="text-muted">{r.score}/100</span>
                  <span className="w-14 text-right text-muted">
                    {r.xp_awarded > 0 ? `+${r.xp_awarded} XP` : ""}
                  </span>
                  <span className="hidden w-24 text-right text-xs text-muted sm:inline">
                    <Time iso={r.created_at} style="ago" />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <LearningTimeCard />
      </div>
      <RecentEvaluations items={d.recent_evaluations} />
    </div>
  );
}
