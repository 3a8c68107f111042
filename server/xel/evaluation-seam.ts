import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";

export type OpenTaskEvaluation = {
  /** 0–100: the task's score; XP is its share of 30. */
  score: number;
  feedback: string;
};

/**
 * Where a writing or speaking answer is graded: the English evaluator (its own issue) plugs in
 * here. Until it does, open answers are refused with 503 evaluator_unavailable and nothing is
 * recorded, so a learner can submit the same text again once it exists.
 */
export async function evaluateOpenTask(
  _ctx: AuthedCtx,
  task: { id: string; type: "writing" | "speaking"; prompt: string },
  _text: string,
): Promise<OpenTaskEvaluation> {
  throw new AppError(
    "evaluator_unavailable",
    `The ${task.type} evaluator is not available yet; your answer was not recorded, so keep a copy and try again later`,
  );
}
