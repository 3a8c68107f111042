"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, CheckCircle2, Circle, CircleDot } from "lucide-react";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { Markdown } from "@/components/chat/markdown";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { SKILL_LABELS, STATUS_LABELS } from "./labels";
import { ProgressBar } from "./progress-bar";
import { TaskPlayer } from "./task-player";
import { AddToCalendar } from "@/components/integrations/add-to-calendar";

/** A module: its lessons to read, its tasks to play one after another, and progress. */
export function ModuleView({
  moduleId,
  rendered = {},
}: {
  moduleId: string;
  /** Lessons rendered on the server, by id, with the text they were rendered from. */
  rendered?: Record<string, { body: string; html: ReactNode }>;
}) {
  const trpc = useTRPC();
  const query = useQuery(trpc.english.module.queryOptions({ module_id: moduleId }));
  const [chosen, setChosen] = useState<number | null>(null);

  if (query.isPending) return <Card aria-busy="true" className="h-64 animate-pulse" />;
  if (query.isError) {
    return (
      <Alert>
        {query.error.data?.code === "NOT_FOUND"
          ? "This module does not exist (any more)."
          : `The module could not be loaded: ${query.error.message}`}
      </Alert>
    );
  }
  const m = query.data;
  const firstOpen = m.tasks.findIndex((t) => t.progress.status !== "completed");
  const current = chosen ?? (firstOpen === -1 ? 0 : firstOpen);
  const task = m.tasks[current]!;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link
          href="/english"
          className="inline-flex items-center gap-1 text-sm text-accent hover:underline"
        >
          <ArrowLeft className="size-4" aria-hidden /> All modules
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{m.title}</h1>
        <p className="mt-1 text-sm text-muted">
          {m.cefr_level} · {SKILL_LABELS[m.skill]} · about {m.estimated_minutes} minutes
        </p>
        <div className="mt-3 max-w-md">
          <ProgressBar percent={m.progress_percent} label="Module progress" />
          <p className="mt-1 text-xs text-muted" data-testid="module-progress">
            {STATUS_LABELS[m.status]} · {m.completed_task_count} of {m.task_count} tasks ·{" "}
            {m.xp_earned} XP
          </p>
        </div>
        <div className="mt-3">
          <AddToCalendar kind="english_module" moduleId={m.id} minutes={m.estimated_minutes} />
        </div>
      </div>
      <Lessons lessons={m.lessons} rendered={rendered} startOpen={m.status === "not_started"} />
      <div className="grid gap-6 md:grid-cols-[12rem_1fr]">
        <nav aria-label="Tasks">
          <ol className="flex flex-wrap gap-1 md:flex-col">
            {m.tasks.map((t, i) => {
              const Icon =
                t.progress.status === "completed"
                  ? CheckCircle2
                  : t.progress.status === "attempted"
                    ? CircleDot
                    : Circle;
              return (
                <li key={t.id}>
                  <button
                    type="button"
                    onClick={() => setChosen(i)}
                    aria-current={i === current ? "step" : undefined}
                    className={cn(
                      "flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent",
                      i === current && "bg-surface font-medium",
                    )}
                  >
                    <Icon
                      className={cn(
                        "size-4",
                        t.progress.status === "completed" ? "text-accent" : "text-muted",
                      )}
                      aria-label={STATUS_LABELS[t.progress.status]}
                    />
                    Task {i + 1}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <Card>
          <TaskPlayer
            key={task.id}
            task={task}
            position={current + 1}
            total={m.tasks.length}
            onNext={current + 1 < m.tasks.length ? () => setChosen(current + 1) : null}
            onAnswered={() => setChosen(current)}
          />
          {current + 1 === m.tasks.length && m.status === "completed" && (
            <p className="mt-4 text-sm" role="status">
              Module complete.{" "}
              <Link href="/english/dashboard" className="text-accent underline underline-offset-2">
                See your progress
              </Link>{" "}
              or{" "}
              <Link href="/english" className="text-accent underline underline-offset-2">
                choose the next module
              </Link>
              .
            </p>
          )}
        </Card>
      </div>
    </div>
  );
}

/** Lessons to read; the first starts open on a fresh module, then the learner decides. */
function Lessons({
  lessons,
  rendered,
  startOpen,
}: {
  lessons: { id: string; title: string; body: string }[];
  rendered: Record<string, { body: string; html: ReactNode }>;
  startOpen: boolean;
}) {
  // Fixed at mount: a controlled `open` would snap shut when progress refreshes.
  const [firstOpen] = useState(startOpen);
  return (
    <section aria-label="Lessons" className="flex flex-col gap-2">
      {lessons.map((lesson, i) => (
        <details
          key={lesson.id}
          open={i === 0 && firstOpen}
          className="rounded-lg border border-border p-4"
        >
          <summary className="cursor-pointer font-medium">{lesson.title}</summary>
          <div className="mt-3 text-sm">
            {rendered[lesson.id]?.body === lesson.body ? (
              rendered[lesson.id]!.html
            ) : (
              <Markdown text={lesson.body} />
            )}
          </div>
        </details>
      ))}
    </section>
  );
}
