import { and, eq, isNull, sql } from "drizzle-orm";
import { xelSubmissions, xelTaskProgress, xelTasks, xpEvents } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { now } from "@/server/xp/clock";
import type { TaskRecord } from "./curriculum/build";
import type { SubmissionRequest, SubmissionResponse } from "./course-schemas";
import { evaluateOpenTask } from "./evaluation-seam";
import { gradeObjective, parseResponse } from "./grading";
import { moduleProgress, OPEN_TASK_PASS_SCORE } from "./progress";
import { ensureCurriculum } from "./seed";
import { XP_PER_CORRECT_TASK, xpForEvaluatedScore } from "./xp-rules";

type Outcome = {
  isCorrect: boolean | null;
  score: number;
  feedback: string;
  correctAnswer: unknown;
  /** The task's XP worth for this attempt; the caller gets only what it adds to earlier awards. */
  xpWorth: number;
  passed: boolean;
  evaluationId: string | null;
};

async function grade(ctx: AuthedCtx, task: TaskRecord, response: unknown): Promise<Outcome> {
  if (task.type === "writing" || task.type === "speaking") {
    const text = parseResponse(task, response) as string;
    const evaluation = await evaluateOpenTask(
      ctx,
      { id: task.id, type: task.type, prompt: task.prompt },
      text,
    );
    return {
      isCorrect: null,
      score: evaluation.score,
      feedback: evaluation.feedback,
      correctAnswer: null,
      xpWorth: xpForEvaluatedScore(evaluation.score),
      passed: evaluation.score >= OPEN_TASK_PASS_SCORE,
      evaluationId: evaluation.evaluationId,
    };
  }
  const g = gradeObjective(task, response);
  return {
    isCorrect: g.isCorrect,
    score: g.score,
    feedback: g.feedback,
    correctAnswer: g.correctAnswer,
    xpWorth: g.isCorrect ? XP_PER_CORRECT_TASK : 0,
    passed: g.isCorrect,
    evaluationId: null,
  };
}

/**
 * Grades an answer and records it. XP for a task is awarded once: the learner's progress row for
 * the task is locked while the award is decided, so concurrent submissions cannot both earn it.
 * An evaluated task may earn more later, up to its best score's worth. A response that does not
 * fit the task is a 400 and nothing is recorded.
 */
export async function submitTask({
  ctx,
  taskId,
  input,
}: {
  ctx: AuthedCtx;
  taskId: string;
  input: SubmissionRequest;
}): Promise<SubmissionResponse> {
  await ensureCurriculum(ctx.db);
  const [row] = await ctx.db
    .select()
    .from(xelTasks)
    .where(and(eq(xelTasks.id, taskId), isNull(xelTasks.retiredAt)));
  if (!row) throw AppError.notFound("Task");
  const task = {
    ...row,
    order: row.position,
    key: "",
    type: row.type as TaskRecord["type"],
    content: row.content as TaskRecord["content"],
    answer: row.answer as TaskRecord["answer"],
  } satisfies TaskRecord;
  const outcome = await grade(ctx, task, input.response);
  const userId = ctx.actor.userId;
  const at = now();

  const { submissionId, xpAwarded } = await ctx.db.transaction(async (tx) => {
    await tx
      .insert(xelTaskProgress)
      .values({ userId, taskId, moduleId: task.moduleId })
      .onConflictDoNothing();
    const [progress] = await tx
      .select()
      .from(xelTaskProgress)
      .where(and(eq(xelTaskProgress.userId, userId), eq(xelTaskProgress.taskId, taskId)))
      .for("update");
    const xp = Math.max(0, outcome.xpWorth - progress!.xpAwarded);
    await tx
      .update(xelTaskProgress)
      .set({
        attempts: sql`${xelTaskProgress.attempts} + 1`,
        bestScore: sql`greatest(${xelTaskProgress.bestScore}, ${outcome.score})`,
        xpAwarded: sql`${xelTaskProgress.xpAwarded} + ${xp}`,
        completedAt: outcome.passed
          ? sql`coalesce(${xelTaskProgress.completedAt}, ${at.toISOString()}::timestamptz)`
          : undefined,
        lastSubmittedAt: at,
      })
      .where(and(eq(xelTaskProgress.userId, userId), eq(xelTaskProgress.taskId, taskId)));
    const [submission] = await tx
      .insert(xelSubmissions)
      .values({
        userId,
        taskId,
        response: input.response as object,
        isCorrect: outcome.isCorrect,
        score: outcome.score,
        feedback: outcome.feedback,
        xpAwarded: xp,
        timeSpentSeconds: input.time_spent_seconds ?? null,
        createdAt: at,
      })
      .returning({ id: xelSubmissions.id });
    if (xp > 0) {
      await tx
        .insert(xpEvents)
        .values({ userId, amount: xp, source: "xel_task", taskId, createdAt: at });
    }
    return { submissionId: submission!.id, xpAwarded: xp };
  });

  return {
    submission_id: submissionId,
    task_id: taskId,
    is_correct: outcome.isCorrect,
    score: outcome.score,
    feedback: outcome.feedback,
    correct_answer: outcome.correctAnswer,
    xp_awarded: xpAwarded,
    evaluation_id: outcome.evaluationId,
    module_progress: await moduleProgress(ctx.db, userId, task.moduleId),
  };
}
