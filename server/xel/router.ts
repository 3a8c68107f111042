import { PageQuery } from "@/server/platform/pagination";
import { authedProcedure, router } from "@/server/trpc/init";
import { evaluate, getEvaluation, listEvaluations } from "./evaluate.ts";
import { EvaluateRequest, EvaluationPage, EvaluationParams, XELEvaluation } from "./schemas.ts";

export const xelRouter = router({
  evaluate: authedProcedure
    .input(EvaluateRequest)
    .output(XELEvaluation)
    .mutation(({ ctx, input }) => evaluate({ ctx, input })),
  evaluations: authedProcedure
    .input(PageQuery)
    .output(EvaluationPage)
    .query(({ ctx, input }) => listEvaluations({ ctx, input })),
  evaluation: authedProcedure
    .input(EvaluationParams)
    .output(XELEvaluation)
    .query(({ ctx, input }) => getEvaluation({ ctx, evaluationId: input.evaluation_id })),
});
