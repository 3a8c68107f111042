import { closeOrphanedAnswers } from "@/server/conversations/orphaned-answers";
import { backfillEmbeddings, EMBED_BACKFILL_JOB } from "@/server/knowledge/backfill";
import { analyseIndex } from "@/server/knowledge/indexing";
import { INGEST_JOB, ingestDocument } from "@/server/knowledge/ingest";
import { closeIdleConversationSessions } from "@/server/learning-sessions/sweeper";
import { closeStaleSessions } from "@/server/live/sweeper";
import { now } from "@/server/platform/clock";
import { REINDEX_JOB, reindexSearch } from "@/server/search-admin/reindex";
import { purgeFinishedJobs, purgeRecurringRuns } from "./queue";
import type { JobHandlers, RecurringJob } from "./types";

/** Every kind of background job the app runs, by kind. */
export const appJobHandlers: JobHandlers = {
  [INGEST_JOB]: ingestDocument,
  "jobs.purge": {
    run: async ({ db }) => {
      await purgeFinishedJobs(db, 7);
      // Recurring runs go as soon as their slot is over: live.sweep alone makes 40k a week.
      await purgeRecurringRuns(db, appRecurringJobs);
    },
  },
  // Closes Live sessions whose browser went away, billed to their last heartbeat.
  "live.sweep": { run: async ({ db }) => void (await closeStaleSessions(db, now())) },
  "knowledge.analyse": { run: ({ db }) => analyseIndex(db) },
  // Embeds passages indexed before embeddings were configured (nothing when they are off).
  [EMBED_BACKFILL_JOB]: { run: async ({ db }) => void (await backfillEmbeddings(db)) },
  // Ends answers whose writer died with its process, so no page shows them writing forever.
  "chat.orphans": { run: async ({ db }) => void (await closeOrphanedAnswers(db, now())) },
  // Closes conversation learning sessions whose page went away, counted to their last activity.
  "learning.sweep": {
    run: async ({ db }) => void (await closeIdleConversationSessions(db, now())),
  },
  [REINDEX_JOB]: reindexSearch,
};

/** Periodic work, scheduled by every instance's worker and run once per slot. */
export const appRecurringJobs: RecurringJob[] = [
  { kind: "jobs.purge", everySeconds: 900 },
  { kind: "live.sweep", everySeconds: 15 },
  { kind: "knowledge.analyse", everySeconds: 300 },
  { kind: EMBED_BACKFILL_JOB, everySeconds: 60 },
  { kind: "chat.orphans", everySeconds: 60 },
  { kind: "learning.sweep", everySeconds: 60 },
];
