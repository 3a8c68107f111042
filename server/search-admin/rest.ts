import { defineOperation } from "@/server/http/operation";
import { getSearchStatus, requestReindex } from "./reindex";
import { ReindexRun, SearchStatusResponse } from "./schemas";

const tag = "Search maintenance";
const WHO =
  "Platform administrators only (named by `PLATFORM_ADMIN_EMAILS` or granted with " +
  "`npm run admin:grant`); anyone else gets `403 forbidden`. Not for API keys.";

export const searchAdminOperations = [
  defineOperation({
    operationId: "getSearchStatus",
    method: "GET",
    path: "/api/core/search/status",
    tag,
    summary: "What the search index holds, and pending work",
    description:
      `${WHO} Messages, notes and Live transcripts are indexed by generated full-text columns ` +
      "(current on every write); knowledge documents by the ingestion job.",
    auth: "bearer",
    response: { status: 200, description: "The index", schema: SearchStatusResponse },
    errors: ["forbidden"],
    handler: ({ ctx }) => getSearchStatus({ ctx }),
  }),
  defineOperation({
    operationId: "reindexSearch",
    method: "POST",
    path: "/api/core/search/reindex",
    creates: true,
    tag,
    summary: "Rebuild the knowledge index in the background",
    description:
      `${WHO} Queues a background job that rebuilds every ready document's postings from its ` +
      "stored passages, one document per transaction (searches keep answering throughout, from " +
      "the old postings or the new), then recounts the corpus statistics. A rebuild already " +
      "queued or running is answered instead of a second one. Follow it with `GET /api/core/search/status`.",
    auth: "bearer",
    response: { status: 201, description: "The queued (or running) rebuild", schema: ReindexRun },
    errors: ["forbidden"],
    handler: ({ ctx }) => requestReindex({ ctx }),
  }),
];
