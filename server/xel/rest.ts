import { defineOperation } from "@/server/http/operation";
import { PageQuery } from "@/server/platform/pagination";
import { evaluate, getEvaluation, listEvaluations } from "./evaluate.ts";
import { EvaluateRequest, EvaluationPage, EvaluationParams, XELEvaluation } from "./schemas.ts";

const tag = "Xentree English";

export const xelOperations = [
  defineOperation({
    operationId: "evaluate",
    method: "POST",
    path: "/api/xel/evaluate",
    creates: true,
    tag,
    summary: "Evaluate a learner's writing or speaking",
    description:
      'Writing: `{ skill: "writing", text }`. Speaking: `{ skill: "speaking", transcript }` with timed ' +
      "segments or plain text (+ `duration_seconds`). Offline mode always works (a local grammar checker " +
      "and a model fitted on scored learner essays); with an AI provider, `auto` is hybrid. Fewer than " +
      '30 words: `status: "insufficient_text"` and no scores. The evaluation is stored.',
    auth: { scope: "xel:write" },
    body: EvaluateRequest,
    response: { status: 200, description: "The evaluation", schema: XELEvaluation },
    errors: ["provider_unavailable"],
    handler: ({ ctx, body }) => evaluate({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "listEvaluations",
    method: "GET",
    path: "/api/xel/evaluations",
    tag,
    summary: "Your evaluations, newest first (an addition to the contract)",
    auth: { scope: "xel:read" },
    query: PageQuery,
    response: { status: 200, description: "Evaluations", schema: EvaluationPage },
    errors: [],
    handler: ({ ctx, query }) => listEvaluations({ ctx, input: query }),
  }),
  defineOperation({
    operationId: "getEvaluation",
    method: "GET",
    path: "/api/xel/evaluations/{evaluation_id}",
    tag,
    summary: "One of your evaluations (an addition to the contract)",
    auth: { scope: "xel:read" },
    params: EvaluationParams,
    response: { status: 200, description: "The evaluation", schema: XELEvaluation },
    errors: ["not_found"],
    handler: ({ ctx, params }) => getEvaluation({ ctx, evaluationId: params.evaluation_id }),
  }),
];
