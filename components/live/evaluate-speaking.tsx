"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/client";
import { formErrors } from "@/components/trpc/errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EvaluationView } from "@/components/xel/evaluation-view";

/**
 * The learner's side of a Live conversation, evaluated as speaking. Turns carry one timestamp
 * (when they were said), not when speaking began, and the gaps between them hold the tutor's
 * replies: timings built from them would invent pauses and a speech rate. So the evaluator gets
 * the plain text, and says that fluency could not be measured.
 */
export function EvaluateSpeaking({ userTurns }: { userTurns: string[] }) {
  const trpc = useTRPC();
  const evaluate = useMutation(trpc.xel.evaluate.mutationOptions());
  const { message, fields } = formErrors(evaluate.error);
  if (userTurns.length === 0) return null;
  return (
    <section className="flex flex-col gap-3" aria-label="Speaking evaluation">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          pending={evaluate.isPending}
          data-testid="evaluate-speaking"
          onClick={() =>
            evaluate.mutate({ skill: "speaking", transcript: userTurns.join("\n"), mode: "auto" })
          }
        >
          Evaluate my speaking
        </Button>
        <span className="text-sm text-muted">
          Scores what you said; fluency needs timings that a transcript does not keep.
        </span>
      </div>
      {evaluate.isError && <Alert>{fields.transcript ?? message}</Alert>}
      {evaluate.data && <EvaluationView evaluation={evaluate.data} />}
    </section>
  );
}
