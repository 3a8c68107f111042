import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";

export const JOB_STATUSES = ["queued", "running", "done", "failed"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * Background work of every instance: a worker claims a due job with FOR UPDATE SKIP LOCKED and
 * holds a lease (`locked_until`) it renews while it works. A lease that runs out means the worker
 * died, and any worker takes the job again.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().notNull(),
    payload: jsonb()
      .notNull()
      .default(sql`'{}'::jsonb`),
    status: text({ enum: JOB_STATUSES }).notNull().default("queued"),
    /** Claims so far, including the one running now. */
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(5),
    /** When the job may run next: now, or later after a failure (backoff). */
    runAt: ts().notNull().defaultNow(),
    lockedBy: text(),
    lockedUntil: ts(),
    lastError: text(),
    /** One job per key: enqueueing the same work twice (or one recurring slot twice) adds nothing. */
    dedupeKey: text(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
    finishedAt: ts(),
  },
  (t) => [
    // Serves the claim: due queued jobs, oldest first.
    index("jobs_due_idx")
      .on(t.runAt)
      .where(sql`status = 'queued'`),
    // Serves the claim's second half: running jobs whose lease ran out.
    index("jobs_lease_idx")
      .on(t.lockedUntil)
      .where(sql`status = 'running'`),
    uniqueIndex("jobs_dedupe_key").on(t.dedupeKey),
    // Serves the clean-up of finished jobs.
    index("jobs_finished_idx")
      .on(t.finishedAt)
      .where(sql`finished_at is not null`),
  ],
);

export type JobRow = typeof jobs.$inferSelect;
