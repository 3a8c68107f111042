import { authedProcedure, router } from "@/server/trpc/init";
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

/** The course for the web app: the same verbs as /api/xel/modules, …/submit and …/dashboard. */
export const englishRouter = router({
  modules: authedProcedure
    .input(ModulesQuery)
    .output(ModuleList)
    .query(({ ctx, input }) => listModules({ ctx, input })),
  module: authedProcedure
    .input(ModuleParams)
    .output(ModuleDetail)
    .query(({ ctx, input }) => getModule({ ctx, moduleId: input.module_id })),
  submit: authedProcedure
    .input(TaskParams.extend(SubmissionRequest.shape))
    .output(SubmissionResponse)
    .mutation(({ ctx, input: { task_id, ...input } }) =>
      submitTask({ ctx, taskId: task_id, input }),
    ),
  dashboard: authedProcedure.output(Dashboard).query(({ ctx }) => getDashboard({ ctx })),
});
