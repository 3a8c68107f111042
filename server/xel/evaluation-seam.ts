import type { AuthedCtx } from "@/server/platform/context";
import { AppError, toValidationIssues } from "@/server/platform/errors";
import { evaluate } from "./evaluate";
import { EvaluateRequest } from "./schemas";

export type OpenTaskEvaluation = {
  /** 0–100: the task's score; XP is its share of 30. */
  score: number;
  feedback: string;
  /** The stored evaluation, with the issues highlighted in the text. */
  evaluationId: string;
};

/** The evaluator's overall 1.0–5.0 as a task score: 1 → 0, 3 → 50, 5 → 100. */
export function scoreFromOverall(overall: number): number {
  return Math.round(((overall - 1) / 4) * 100);
}

/**
 * Where a writing or speaking answer is graded: by the English evaluator (offline unless an AI
 * provider is configured), with the task's prompt. A text too short to score (under 30 words) is
 * a 400, and the task records nothing.
 */
export async function evaluateOpenTask(
  ctx: AuthedCtx,
  task: { id: string; type: "writing" | "speaking"; prompt: string },
  text: string,
): Promise<OpenTaskEvaluation> {
  const parsed = EvaluateRequest.safeParse({
    skill: task.type,
    ...(task.type === "writing" ? { text } : { transcript: text }),
    prompt: task.prompt,
    task_id: task.id,
  });
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error.issues).map((i) => ({ ...i, path: "response" }));
    throw AppError.validation(issues, "The answer cannot be evaluated");
  }
  const evaluation = await evaluate({ ctx, input: parsed.data });
  if (evaluation.status !== "scored" || evaluation.overall === null) {
    throw AppError.validation(
      [{ path: "response", message: "Write at least 30 words so your answer can be evaluated" }],
      "The answer is too short to evaluate",
    );
  }
  const parts = [
    `Overall ${evaluation.overall.toFixed(1)} of 5${evaluation.cefr_level ? ` (about ${evaluation.cefr_level})` : ""}.`,
    evaluation.strengths[0] && `Strength: ${evaluation.strengths[0]}`,
    evaluation.next_steps[0] && `Next step: ${evaluation.next_steps[0]}`,
  ];
  return {
    score: scoreFromOverall(evaluation.overall),
    feedback: parts.filter(Boolean).join(" "),
    evaluationId: evaluation.id,
  };
}
