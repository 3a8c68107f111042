import { authedProcedure, router } from "@/server/trpc/init";
import { getSearchStatus, requestReindex } from "./reindex";
import { ReindexRun, SearchStatusResponse } from "./schemas";

/** The app's door to search maintenance (the same verbs as `/api/core/search/*`). */
export const searchAdminRouter = router({
  status: authedProcedure.output(SearchStatusResponse).query(({ ctx }) => getSearchStatus({ ctx })),
  reindex: authedProcedure.output(ReindexRun).mutation(({ ctx }) => requestReindex({ ctx })),
});
