import { and, asc, eq, isNull } from "drizzle-orm";
import { xelLessons, xelTaskProgress, xelTasks } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import type { TaskType } from "./curriculum/types";
import type { ModuleDetail, ModulesQuery, TaskView } from "./course-schemas";
import { moduleSummaries } from "./progress";
import { ensureCurriculum } from "./seed";
import { XP_PER_CORRECT_TASK, XP_PER_EVALUATED_TASK_MAX } from "./xp-rules";

/** The course's modules in order, filtered by level and skill, with the caller's progress. */
export async function listModules({ ctx, input }: { ctx: AuthedCtx; input: ModulesQuery }) {
  await ensureCurriculum(ctx.db);
  return { items: await moduleSummaries(ctx.db, ctx.actor.userId, input) };
}

const isOpen = (type: string) => type === "writing" || type === "speaking";

/** One module: its lessons and tasks (never the answers) and the caller's status on each task. */
export async function getModule({
  ctx,
  moduleId,
}: {
  ctx: AuthedCtx;
  moduleId: string;
}): Promise<ModuleDetail> {
  await ensureCurriculum(ctx.db);
  const [summary] = await moduleSummaries(ctx.db, ctx.actor.userId, { moduleId });
  if (!summary) throw AppError.notFound("Module");
  const [lessons, tasks] = await Promise.all([
    ctx.db
      .select()
      .from(xelLessons)
      .where(and(eq(xelLessons.moduleId, moduleId), isNull(xelLessons.retiredAt)))
      .orderBy(asc(xelLessons.position)),
    ctx.db
      .select({ task: xelTasks, progress: xelTaskProgress })
      .from(xelTasks)
      .leftJoin(
        xelTaskProgress,
        and(eq(xelTaskProgress.taskId, xelTasks.id), eq(xelTaskProgress.userId, ctx.actor.userId)),
      )
      .where(and(eq(xelTasks.moduleId, moduleId), isNull(xelTasks.retiredAt)))
      .orderBy(asc(xelTasks.position)),
  ]);
  return {
    ...summary,
    lessons: lessons.map((l) => ({ id: l.id, order: l.position, title: l.title, body: l.body })),
    tasks: tasks.map(({ task, progress }): TaskView => ({
      id: task.id,
      lesson_id: task.lessonId,
      order: task.position,
      type: task.type as TaskType,
      prompt: task.prompt,
      content: task.content as TaskView["content"],
      max_xp: isOpen(task.type) ? XP_PER_EVALUATED_TASK_MAX : XP_PER_CORRECT_TASK,
      progress: {
        status: progress?.completedAt ? "completed" : progress ? "attempted" : "not_started",
        attempts: progress?.attempts ?? 0,
        best_score: progress ? progress.bestScore : null,
        xp_earned: progress?.xpAwarded ?? 0,
        last_submitted_at: progress?.lastSubmittedAt?.toISOString() ?? null,
      },
    })),
  };
}
