import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs, type JobRow } from "@/db/schema";
import { log } from "@/server/platform/logger";
import { claimJobs, completeJob, enqueueJob, failJob, renewLease } from "./queue";
import type { JobHandlers, RecurringJob } from "./types";

export type WorkerOptions = {
  db: Db;
  handlers: JobHandlers;
  recurring?: RecurringJob[];
  /** Jobs run at once by this worker. */
  concurrency?: number;
  /** How often an idle worker looks for work (it is also woken by local enqueues). */
  pollMs?: number;
  /** How long a claim holds without renewal: a dead worker's job is free again after this. */
  leaseSeconds?: number;
  workerId?: string;
};

export type Worker = { id: string; wake: () => void; stop: () => Promise<void> };

const wakers = new Set<() => void>();

/** Wakes this process's workers at once (new work was enqueued here). */
export function wakeLocalWorkers(): void {
  for (const wake of wakers) wake();
}

/** Enqueues a job and wakes this process's workers. */
export async function addJob(...args: Parameters<typeof enqueueJob>): Promise<string | null> {
  const id = await enqueueJob(...args);
  wakeLocalWorkers();
  return id;
}

/**
 * Adds the current slot's job of every recurring kind. The slot comes from the database's clock
 * and is the dedupe key, so however many instances schedule, each slot runs once.
 */
export async function scheduleRecurring(db: Db, recurring: RecurringJob[]): Promise<void> {
  for (const { kind, everySeconds } of recurring) {
    const slot = sql`floor(extract(epoch from now()) / ${everySeconds})::bigint`;
    await db
      .insert(jobs)
      .values({ kind, maxAttempts: 3, dedupeKey: sql`${`every:${kind}:`} || ${slot}` })
      .onConflictDoNothing({ target: jobs.dedupeKey });
  }
}

/** The error and its causes (a failed query's driver message is in `cause`). */
function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let e = error, depth = 0; e && depth < 4; depth++) {
    parts.push(e instanceof Error ? e.message : String(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return parts.join(" — caused by: ");
}

/** Runs one claimed job to its end: done, retried later, or failed for good. */
export async function runJob(
  db: Db,
  handlers: JobHandlers,
  job: JobRow,
  workerId: string,
  leaseSeconds: number,
): Promise<void> {
  const handler = handlers[job.kind];
  let error: string;
  if (!handler) error = `No handler for jobs of kind "${job.kind}"`;
  else if (job.attempts > job.maxAttempts)
    // Claimed again after its worker died on the last allowed attempt: stop trying.
    error = job.lastError ?? "The worker running this job stopped before it finished";
  else {
    const renew = setInterval(
      () => void renewLease(db, job, workerId, leaseSeconds).catch(() => {}),
      (leaseSeconds * 1000) / 3,
    );
    try {
      await handler.run({ db, job });
      await completeJob(db, job, workerId);
      return;
    } catch (cause) {
      error = describeError(cause);
      log.warn("job failed", { job_id: job.id, kind: job.kind, attempt: job.attempts, error });
    } finally {
      clearInterval(renew);
    }
  }
  const final = await failJob(db, job, workerId, error);
  if (final && handler?.onGiveUp) await handler.onGiveUp({ db, job, error });
}

/** Claims and runs jobs until none is due: for tests, benchmarks and scripts. */
export async function runUntilIdle(
  db: Db,
  handlers: JobHandlers,
  options: { workerId?: string; batch?: number; leaseSeconds?: number } = {},
): Promise<number> {
  const workerId = options.workerId ?? `idle-${randomUUID()}`;
  const leaseSeconds = options.leaseSeconds ?? 60;
  let ran = 0;
  for (;;) {
    const claimed = await claimJobs(db, workerId, options.batch ?? 4, leaseSeconds);
    if (claimed.length === 0) return ran;
    await Promise.all(claimed.map((job) => runJob(db, handlers, job, workerId, leaseSeconds)));
    ran += claimed.length;
  }
}

/** A worker loop: claims due jobs up to its concurrency, runs them, and sleeps when idle. */
export function startWorker(options: WorkerOptions): Worker {
  const { db, handlers, recurring = [], concurrency = 2, pollMs = 1000 } = options;
  const leaseSeconds = options.leaseSeconds ?? 60;
  const id = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const running = new Set<Promise<void>>();
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let lastSchedule = 0;
  const wake = () => wakeUp?.();
  wakers.add(wake);

  const loop = async () => {
    while (!stopped) {
      try {
        if (Date.now() - lastSchedule >= pollMs * 5) {
          lastSchedule = Date.now();
          await scheduleRecurring(db, recurring);
        }
        const free = concurrency - running.size;
        const claimed = free > 0 ? await claimJobs(db, id, free, leaseSeconds) : [];
        for (const job of claimed) {
          const task = runJob(db, handlers, job, id, leaseSeconds)
            .catch((error: unknown) =>
              log.error("job bookkeeping failed", { job_id: job.id, error }),
            )
            .finally(() => {
              running.delete(task);
              wake();
            });
          running.add(task);
        }
        if (claimed.length > 0 && running.size < concurrency) continue;
      } catch (error) {
        log.error("job worker could not claim work", { worker: id, error });
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = null;
    }
  };
  const done = loop();

  return {
    id,
    wake,
    stop: async () => {
      stopped = true;
      wake();
      wakers.delete(wake);
      await done;
      await Promise.allSettled([...running]);
    },
  };
}
