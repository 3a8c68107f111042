import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { xelEvaluations, xelModules, xelSubmissions, xelTaskProgress, xelTasks } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import { learnerActivity } from "@/server/xp/activity";
import { addDays, weekday } from "@/server/xp/clock";
import { levelFor } from "@/server/xp/levels";
import { CEFR_LEVELS, SKILLS, type Skill, type TaskType } from "./curriculum/types";
import type { Dashboard } from "./course-schemas";
import { owned } from "./evaluate";
import { moduleSummaries } from "./progress";
import { ensureCurriculum } from "./seed";

const RECENT = 10;

/** The learner's overview: XP, level, streak, progress per skill, this week, recent work, next step. */
export async function getDashboard({ ctx }: { ctx: AuthedCtx }): Promise<Dashboard> {
  await ensureCurriculum(ctx.db);
  const userId = ctx.actor.userId;
  const [modules, activity, scores, recent, evaluated] = await Promise.all([
    moduleSummaries(ctx.db, userId),
    learnerActivity(ctx.db, userId),
    ctx.db
      .select({
        skill: xelModules.skill,
        average: sql<number>`round(avg(${xelTaskProgress.bestScore}))::int`,
      })
      .from(xelTaskProgress)
      .innerJoin(xelModules, eq(xelModules.id, xelTaskProgress.moduleId))
      .where(eq(xelTaskProgress.userId, userId))
      .groupBy(xelModules.skill),
    ctx.db
      .select({ submission: xelSubmissions, task: xelTasks, module: xelModules })
      .from(xelSubmissions)
      .innerJoin(xelTasks, eq(xelTasks.id, xelSubmissions.taskId))
      .innerJoin(xelModules, eq(xelModules.id, xelTasks.moduleId))
      .where(and(eq(xelSubmissions.userId, userId), isNull(xelTasks.retiredAt)))
      .orderBy(desc(xelSubmissions.createdAt))
      .limit(RECENT),
    // Every stored evaluation: of tasks, of /english/evaluate and of Live transcripts alike.
    ctx.db
      .select()
      .from(xelEvaluations)
      .where(owned(ctx))
      .orderBy(desc(xelEvaluations.createdAt), desc(xelEvaluations.id))
      .limit(RECENT),
  ]);

  const skills = SKILLS.map((skill: Skill) => {
    const ofSkill = modules.filter((m) => m.skill === skill);
    const total = ofSkill.reduce((n, m) => n + m.task_count, 0);
    const done = ofSkill.reduce((n, m) => n + m.completed_task_count, 0);
    return {
      skill,
      progress_percent: total === 0 ? 0 : Math.floor((done / total) * 100),
      average_score: scores.find((s) => s.skill === skill)?.average ?? null,
    };
  });
  const completed = modules.filter((m) => m.status === "completed");
  const levelIndex = Math.max(-1, ...completed.map((m) => CEFR_LEVELS.indexOf(m.cefr_level)));
  const weekStart = addDays(activity.today, -weekday(activity.today));
  const results = recent.map(({ submission: s, task, module }) => ({
    submission_id: s.id,
    task_id: s.taskId,
    module_id: module.id,
    module_title: module.title,
    task_type: task.type as TaskType,
    is_correct: s.isCorrect,
    score: s.score,
    xp_awarded: s.xpAwarded,
    created_at: s.createdAt.toISOString(),
  }));

  return {
    estimated_level: levelIndex >= 0 ? CEFR_LEVELS[levelIndex]! : null,
    xp_total: activity.xpTotal,
    level: levelFor(activity.xpTotal).level,
    streak: {
      current: activity.streak.current,
      longest: activity.streak.longest,
      at_risk: activity.streak.atRisk,
    },
    modules_completed: completed.length,
    tasks_completed: modules.reduce((n, m) => n + m.completed_task_count, 0),
    skills,
    weekly_activity: Array.from({ length: 7 }, (_, i) => {
      const date = addDays(weekStart, i);
      return { date, xp: activity.xpByDay.get(date) ?? 0 };
    }),
    recent_evaluations: evaluated.map((e) => ({
      evaluation_id: e.id,
      skill: e.skill,
      status: e.status,
      overall: e.overall,
      cefr_level: e.cefrLevel as Dashboard["recent_evaluations"][number]["cefr_level"],
      task_id: e.taskId,
      created_at: e.createdAt.toISOString(),
    })),
    recent_results: results,
    next_module:
      modules.find((m) => m.status === "in_progress") ??
      modules.find((m) => m.status === "not_started") ??
      null,
  };
}
