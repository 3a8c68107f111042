import type { Db } from "@/db/client";
import type { JobRow } from "@/db/schema";

/**
 * What a kind of job does. `run` must be idempotent: a job may run again after a crash or a lost
 * lease, so it starts from what the database says, not from what an earlier attempt did.
 */
export type JobHandler = {
  run: (args: { db: Db; job: JobRow }) => Promise<void>;
  /** Called once when the job has failed for good, to tell whoever it concerns. */
  onGiveUp?: (args: { db: Db; job: JobRow; error: string }) => Promise<void>;
  maxAttempts?: number;
};

export type JobHandlers = Record<string, JobHandler>;

/** Periodic work: at most one job per slot of `everySeconds`, however many instances run. */
export type RecurringJob = { kind: string; everySeconds: number };
