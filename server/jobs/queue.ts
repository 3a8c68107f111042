import { and, asc, eq, inArray, like, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs, type JobRow } from "@/db/schema";

export type EnqueueOptions = {
  /** Seconds from now before the job may run. */
  delaySeconds?: number;
  maxAttempts?: number;
  /** The same key again adds nothing (while the first job's row exists). */
  dedupeKey?: string;
};

/** Adds a job; answers its id, or null when a job with the same dedupe key already exists. */
export async function enqueueJob(
  db: Db,
  kind: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const [row] = await db
    .insert(jobs)
    .values({
      kind,
      payload,
      maxAttempts: options.maxAttempts ?? 5,
      dedupeKey: options.dedupeKey ?? null,
      runAt: sql`now() + make_interval(secs => ${options.delaySeconds ?? 0})`,
    })
    .onConflictDoNothing({ target: jobs.dedupeKey })
    .returning({ id: jobs.id });
  return row?.id ?? null;
}

/**
 * Takes up to `limit` jobs for `workerId`: due queued jobs, and running jobs whose lease ran out
 * (their worker died). SKIP LOCKED lets workers claim side by side without ever sharing a job; the
 * database's clock decides what is due, so instances' clocks need not agree.
 */
export async function claimJobs(
  db: Db,
  workerId: string,
  limit: number,
  leaseSeconds: number,
): Promise<JobRow[]> {
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      or(
        and(eq(jobs.status, "queued"), lte(jobs.runAt, sql`now()`)),
        and(eq(jobs.status, "running"), lt(jobs.lockedUntil, sql`now()`)),
      ),
    )
    .orderBy(asc(jobs.runAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(jobs)
    .set({
      status: "running",
      attempts: sql`${jobs.attempts} + 1`,
      lockedBy: workerId,
      lockedUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
      updatedAt: sql`now()`,
    })
    .where(inArray(jobs.id, due))
    .returning();
}

/** Extends the lease of a job this worker still holds; false if it lost it. */
export async function renewLease(
  db: Db,
  job: JobRow,
  workerId: string,
  leaseSeconds: number,
): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ lockedUntil: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(held(job, workerId))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

// A worker only finishes a job it still holds: one whose lease ran out belongs to whoever took it.
const held = (job: JobRow, workerId: string) =>
  and(
    eq(jobs.id, job.id),
    eq(jobs.status, "running"),
    eq(jobs.lockedBy, workerId),
    eq(jobs.attempts, job.attempts),
  );

export async function completeJob(db: Db, job: JobRow, workerId: string): Promise<void> {
  await db
    .update(jobs)
    .set({
      status: "done",
      lockedBy: null,
      lockedUntil: null,
      finishedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(held(job, workerId));
}

/** Exponential backoff: 2 s, 4 s, 8 s … capped at 10 minutes. */
export function backoffSeconds(attempts: number): number {
  return Math.min(600, 2 ** Math.max(1, attempts));
}

/**
 * Records a failure: the job runs again after a backoff, or has failed for good when its attempts
 * are used up (answers true then, so the caller can tell whoever the job concerns).
 */
export async function failJob(
  db: Db,
  job: JobRow,
  workerId: string,
  error: string,
): Promise<boolean> {
  const final = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      status: final ? "failed" : "queued",
      lastError: error.slice(0, 2000),
      lockedBy: null,
      lockedUntil: null,
      runAt: sql`now() + make_interval(secs => ${backoffSeconds(job.attempts)})`,
      finishedAt: final ? sql`now()` : null,
      updatedAt: sql`now()`,
    })
    .where(held(job, workerId));
  return final;
}

/** Deletes finished jobs older than `days`: the table holds work, not history. */
export async function purgeFinishedJobs(db: Db, days: number): Promise<void> {
  await db.delete(jobs).where(lt(jobs.finishedAt, sql`now() - make_interval(days => ${days})`));
}

/**
 * Deletes the finished runs of recurring jobs once their slot is over (two periods after they
 * finished), instead of after `purgeFinishedJobs`' days: a job every 15 s would otherwise leave
 * ~40,000 rows a week. A run that failed for good is kept for the usual days, to be looked at.
 * The current slot's run stays, so its dedupe key still stops a second run of that slot.
 */
export async function purgeRecurringRuns(
  db: Db,
  recurring: ReadonlyArray<{ kind: string; everySeconds: number }>,
): Promise<number> {
  let deleted = 0;
  for (const { kind, everySeconds } of recurring) {
    const rows = await db
      .delete(jobs)
      .where(
        and(
          eq(jobs.kind, kind),
          eq(jobs.status, "done"),
          like(jobs.dedupeKey, `every:${kind.replace(/[\\%_]/g, "\\$&")}:%`),
          lt(jobs.finishedAt, sql`now() - make_interval(secs => ${everySeconds * 2})`),
        ),
      )
      .returning({ id: jobs.id });
    deleted += rows.length;
  }
  return deleted;
}
