"use client";

import { useQuery } from "@tanstack/react-query";
import { BarChart3, CheckCircle2, Clock, PenLine } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { SKILL_LABELS, STATUS_LABELS } from "./labels";
import { ProgressBar } from "./progress-bar";

const LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
const SKILLS = ["vocabulary", "grammar", "reading", "writing", "speaking"] as const;
type Level = (typeof LEVELS)[number];
type SkillName = (typeof SKILLS)[number];

/** The course: modules grouped by CEFR level, filterable by level and skill. */
export function EnglishHome() {
  const trpc = useTRPC();
  const [level, setLevel] = useState<Level | "">("");
  const [skill, setSkill] = useState<SkillName | "">("");
  const modules = useQuery(
    trpc.english.modules.queryOptions({
      ...(level && { level }),
      ...(skill && { skill }),
    }),
  );
  const items = modules.data?.items ?? [];
  const levels = LEVELS.filter((l) => items.some((m) => m.cefr_level === l));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end gap-4">
        <div className="w-40">
          <SelectField
            label="Level"
            value={level}
            onChange={(e) => setLevel(e.target.value as Level | "")}
            options={[
              { value: "", label: "All levels" },
              ...LEVELS.map((l) => ({ value: l, label: l })),
            ]}
          />
        </div>
        <div className="w-44">
          <SelectField
            label="Skill"
            value={skill}
            onChange={(e) => setSkill(e.target.value as SkillName | "")}
            options={[
              { value: "", label: "All skills" },
              ...SKILLS.map((s) => ({ value: s, label: SKILL_LABELS[s]! })),
            ]}
          />
        </div>
        <Button asChild variant="secondary" className="ml-auto">
          <Link href="/english/evaluate">
            <PenLine className="size-4" aria-hidden />
            Check your writing
          </Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href="/english/dashboard">
            <BarChart3 className="size-4" aria-hidden />
            Your progress
          </Link>
        </Button>
      </div>
      {modules.isPending && <Card aria-busy="true" className="h-40 animate-pulse" />}
      {modules.isError && <Alert>The course could not be loaded: {modules.error.message}</Alert>}
      {modules.data && items.length === 0 && (
        <Card className="py-10 text-center text-sm text-muted">
          No modules match these filters yet: choose another level or skill.
        </Card>
      )}
      {levels.map((l) => (
        <section key={l} aria-labelledby={`level-${l}`}>
          <h2 id={`level-${l}`} className="mb-3 text-lg font-semibold">
            Level {l}
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3 [&>*]:min-w-0">
            {items
              .filter((m) => m.cefr_level === l)
              .map((m) => (
                <li key={m.id}>
                  <Link
                    href={`/english/modules/${m.id}`}
                    data-testid="module-card"
                    className="flex h-full flex-col gap-3 rounded-lg border border-border p-4 hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent"
                  >
                    <div className="flex items-center gap-2 text-xs text-muted">
                      <span className="rounded-full bg-accent-soft px-2 py-0.5 font-medium text-fg">
                        {SKILL_LABELS[m.skill]}
                      </span>
                      <Clock className="size-3" aria-hidden /> {m.estimated_minutes} min
                      {m.status === "completed" && (
                        <CheckCircle2
                          className="ml-auto size-4 text-accent"
                          aria-label="Completed"
                        />
                      )}
                    </div>
                    <div>
                      <h3 className="font-medium">{m.title}</h3>
                      <p className="mt-1 text-sm text-muted">{m.description}</p>
                    </div>
                    <div className="mt-auto">
                      <ProgressBar percent={m.progress_percent} label={`${m.title}: progress`} />
                      <p className="mt-1 text-xs text-muted">
                        {STATUS_LABELS[m.status]} · {m.completed_task_count}/{m.task_count} tasks ·{" "}
                        {m.xp_earned} XP
                      </p>
                    </div>
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
