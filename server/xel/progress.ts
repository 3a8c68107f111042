import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { xelModules, xelTaskProgress, xelTasks } from "@/db/schema";
import type { CefrLevel, Skill } from "./curriculum/types";
import type { ModuleProgress, ModuleSummary, ModulesQuery } from "./course-schemas";

/** Open tasks count as done at this evaluator score; objective tasks when answered correctly. */
export const OPEN_TASK_PASS_SCORE = 50;

type Counts = { taskCount: number; completed: number; attempted: number; xp: number };

function status(c: Counts): ModuleProgress["status"] {
  if (c.taskCount > 0 && c.completed >= c.taskCount) return "completed";
  return c.attempted > 0 ? "in_progress" : "not_started";
}

export function progressOf(moduleId: string, c: Counts): ModuleProgress {
  return {
    module_id: moduleId,
    task_count: c.taskCount,
    completed_task_count: c.completed,
    progress_percent: c.taskCount === 0 ? 0 : Math.floor((c.completed / c.taskCount) * 100),
    status: status(c),
    xp_earned: c.xp,
  };
}

/** The course's modules in order, each with the learner's progress, in one query. */
export async function moduleSummaries(
  db: Db,
  userId: string,
  filter: ModulesQuery & { moduleId?: string } = {},
): Promise<ModuleSummary[]> {
  const rows = await db
    .select({
      module: xelModules,
      taskCount: sql<number>`count(${xelTasks.id})::int`,
      completed: sql<number>`count(${xelTaskProgress.completedAt})::int`,
      attempted: sql<number>`count(${xelTaskProgress.taskId})::int`,
      xp: sql<number>`coalesce(sum(${xelTaskProgress.xpAwarded}), 0)::int`,
    })
    .from(xelModules)
    .innerJoin(xelTasks, and(eq(xelTasks.moduleId, xelModules.id), isNull(xelTasks.retiredAt)))
    .leftJoin(
      xelTaskProgress,
      and(eq(xelTaskProgress.taskId, xelTasks.id), eq(xelTaskProgress.userId, userId)),
    )
    .where(
      and(
        isNull(xelModules.retiredAt),
        filter.level ? eq(xelModules.cefrLevel, filter.level) : undefined,
        filter.skill ? eq(xelModules.skill, filter.skill) : undefined,
        filter.moduleId ? eq(xelModules.id, filter.moduleId) : undefined,
      ),
    )
    .groupBy(xelModules.id)
    .orderBy(asc(xelModules.position));
  return rows.map(({ module: m, ...counts }) => {
    const { module_id: _, ...progress } = progressOf(m.id, counts);
    return {
      id: m.id,
      slug: m.slug,
      title: m.title,
      description: m.description,
      cefr_level: m.cefrLevel as CefrLevel,
      skill: m.skill as Skill,
      order: m.position,
      estimated_minutes: m.estimatedMinutes,
      ...progress,
    };
  });
}

export async function moduleProgress(db: Db, userId: string, moduleId: string) {
  const [summary] = await moduleSummaries(db, userId, { moduleId });
  if (!summary) throw new Error(`module ${moduleId} has no tasks`);
  return progressOf(moduleId, {
    taskCount: summary.task_count,
    completed: summary.completed_task_count,
    attempted: summary.status === "not_started" ? 0 : 1,
    xp: summary.xp_earned,
  });
}
