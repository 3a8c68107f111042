import { z } from "zod";
import { SEARCH_REINDEX_STATUSES } from "@/db/schema";

const Timestamp = z.iso.datetime().meta({ example: "2026-04-16T10:00:03.000Z" });
const Count = z.number().int().min(0);

export const ReindexRun = z
  .object({
    id: z.uuid(),
    status: z.enum(SEARCH_REINDEX_STATUSES),
    documents_total: Count.meta({ description: "Ready documents when the run began" }),
    documents_indexed: Count,
    error: z.string().nullable(),
    requested_at: Timestamp,
    started_at: Timestamp.nullable(),
    finished_at: Timestamp.nullable(),
  })
  .meta({ id: "SearchReindexRun" });
export type ReindexRun = z.infer<typeof ReindexRun>;

export const SearchIndexEntry = z
  .object({
    type: z.enum(["messages", "notes", "transcripts", "documents"]),
    items: Count.meta({ description: "Everything of this type" }),
    indexed: Count.meta({ description: "Searchable now" }),
    maintained_by: z.enum(["database", "ingestion"]).meta({
      description:
        "`database`: a generated full-text column, current on every write; `ingestion`: the knowledge index, written by the ingestion job",
    }),
  })
  .meta({ id: "SearchIndexEntry" });

export const SearchStatusResponse = z
  .object({
    indexes: z.array(SearchIndexEntry),
    knowledge: z.object({
      passages: Count,
      postings: Count,
      terms: Count,
      documents_processing: Count,
      documents_failed: Count,
    }),
    pending: z.object({
      ingest_jobs: Count.meta({ description: "Documents queued or being indexed" }),
      reindex: ReindexRun.nullable().meta({ description: "A rebuild queued or running" }),
    }),
    last_reindex: ReindexRun.nullable().meta({ description: "The latest rebuild that finished" }),
  })
  .meta({ id: "SearchStatusResponse" });
export type SearchStatusResponse = z.infer<typeof SearchStatusResponse>;
