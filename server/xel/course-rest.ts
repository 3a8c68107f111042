import { defineOperation } from "@/server/http/operation";
import {
  Dashboard,
  ModuleDetail,
  ModuleList,
  ModuleParams,
  ModulesQuery,
  SubmissionRequest,
  SubmissionResponse,
  TaskParams,
} from "./course-schemas";
import { getDashboard } from "./dashboard";
import { getModule, listModules } from "./modules";
import { submitTask } from "./submit";

const tag = "Xentree English";
// XEL task submissions count as quiz activity, so quiz:* keys are accepted too (contract §1).
const read = { scope: ["xel:read", "quiz:read"] } as const;
const write = { scope: ["xel:write", "quiz:write"] } as const;

export const courseOperations = [
  defineOperation({
    operationId: "listXelModules",
    method: "GET",
    path: "/api/xel/modules",
    tag,
    summary: "The course's modules with your progress",
    description:
      "Every module in course order (the course is small: no pagination), optionally filtered by CEFR level and skill.",
    auth: read,
    query: ModulesQuery,
    response: { status: 200, description: "Modules", schema: ModuleList },
    errors: [],
    handler: ({ ctx, query }) => listModules({ ctx, input: query }),
  }),
  defineOperation({
    operationId: "getXelModule",
    method: "GET",
    path: "/api/xel/modules/{module_id}",
    tag,
    summary: "A module: lessons, tasks (without answers) and your status on each task",
    auth: read,
    params: ModuleParams,
    response: { status: 200, description: "The module", schema: ModuleDetail },
    errors: ["not_found"],
    handler: ({ ctx, params }) => getModule({ ctx, moduleId: params.module_id }),
  }),
  defineOperation({
    operationId: "submitXelTask",
    method: "POST",
    path: "/api/xel/tasks/{task_id}/submit",
    tag,
    summary: "Answer a task and get it graded",
    description:
      "Objective tasks are graded at once, with feedback and the correct answer. A correct answer " +
      "earns 10 XP the first time only; retries are graded and recorded but earn nothing more. " +
      "Writing and speaking answers are graded by the evaluator (up to 30 XP, by score; under 30 " +
      "words is a 400 and nothing is recorded). A response " +
      "that does not fit the task type is `400 validation_error` and nothing is recorded.",
    auth: write,
    params: TaskParams,
    body: SubmissionRequest,
    response: { status: 200, description: "The graded submission", schema: SubmissionResponse },
    errors: ["not_found", "provider_unavailable"],
    handler: ({ ctx, params, body }) => submitTask({ ctx, taskId: params.task_id, input: body }),
  }),
  defineOperation({
    operationId: "getXelDashboard",
    method: "GET",
    path: "/api/xel/dashboard",
    tag,
    summary: "Your English overview",
    auth: read,
    response: { status: 200, description: "The overview", schema: Dashboard },
    errors: [],
    handler: ({ ctx }) => getDashboard({ ctx }),
  }),
];
