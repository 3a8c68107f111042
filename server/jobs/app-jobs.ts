import { analyseIndex } from "@/server/knowledge/indexing";
import { INGEST_JOB, ingestDocument } from "@/server/knowledge/ingest";
import { purgeFinishedJobs } from "./queue";
import type { JobHandlers, RecurringJob } from "./types";

/** Every kind of background job the app runs, by kind. */
export const appJobHandlers: JobHandlers = {
  [INGEST_JOB]: ingestDocument,
  "jobs.purge": { run: ({ db }) => purgeFinishedJobs(db, 7) },
  "knowledge.analyse": { run: ({ db }) => analyseIndex(db) },
};

/** Periodic work, scheduled by every instance's worker and run once per slot. */
export const appRecurringJobs: RecurringJob[] = [
  { kind: "jobs.purge", everySeconds: 3600 },
  { kind: "knowledge.analyse", everySeconds: 300 },
];
