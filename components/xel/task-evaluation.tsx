"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { EvaluationView } from "./evaluation-view";

/**
 * The stored evaluation of a writing or speaking task's answer, shown under the verdict: the
 * learner's own text with the issues highlighted in place, the criterion scores and next steps.
 */
export function TaskEvaluation({ evaluationId }: { evaluationId: string }) {
  const trpc = useTRPC();
  const evaluation = useQuery(trpc.xel.evaluation.queryOptions({ evaluation_id: evaluationId }));
  if (evaluation.isError) return <Alert>The detailed evaluation could not be loaded.</Alert>;
  if (!evaluation.data) return <p className="text-sm text-muted">Loading the evaluation…</p>;
  return <EvaluationView evaluation={evaluation.data} />;
}
