import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { jobs } from "@/db/schema";
import { describeEachDatabase, unique } from "@/tests/databases";
import { backoffSeconds, claimJobs, enqueueJob, purgeRecurringRuns } from "./queue";
import type { JobHandlers } from "./types";
import { runJob, runUntilIdle, scheduleRecurring, startWorker } from "./worker";

describeEachDatabase("job runner", (db) => {
  it("two workers claiming at once never take the same job", async () => {
    const kind = unique("race");
    for (let i = 0; i < 20; i++) await enqueueJob(db(), kind, { i });
    const [a, b] = await Promise.all([
      claimJobs(db(), "worker-a", 15, 60),
      claimJobs(db(), "worker-b", 15, 60),
    ]);
    const mine = (rows: typeof a) => rows.filter((r) => r.kind === kind).map((r) => r.id);
    const taken = [...mine(a), ...mine(b)];
    expect(new Set(taken).size).toBe(taken.length);
    await db().delete(jobs).where(eq(jobs.kind, kind));
  });

  it("two running workers share the queue and run every job exactly once", async () => {
    const kind = unique("share");
    const ranBy = new Map<number, string[]>();
    const handlers = (name: string): JobHandlers => ({
      [kind]: {
        run: async ({ job }) => {
          const i = (job.payload as { i: number }).i;
          ranBy.set(i, [...(ranBy.get(i) ?? []), name]);
          await new Promise((r) => setTimeout(r, 5));
        },
      },
    });
    for (let i = 0; i < 30; i++) await enqueueJob(db(), kind, { i });
    const workers = [
      startWorker({ db: db(), handlers: handlers("a"), pollMs: 20, concurrency: 3 }),
      startWorker({ db: db(), handlers: handlers("b"), pollMs: 20, concurrency: 3 }),
    ];
    await expect.poll(() => ranBy.size, { timeout: 20_000 }).toBe(30);
    await Promise.all(workers.map((w) => w.stop()));
    expect([...ranBy.values()].every((names) => names.length === 1)).toBe(true);
    const rows = await db().select().from(jobs).where(eq(jobs.kind, kind));
    expect(rows.every((r) => r.status === "done")).toBe(true);
  });

  it("a job whose worker died is taken again once its lease runs out", async () => {
    const kind = unique("crash");
    const id = await enqueueJob(db(), kind, {});
    // The first worker claims it and dies without a word.
    const [claimed] = await claimJobs(db(), "dead-worker", 1000, 60);
    expect(claimed).toBeDefined();
    expect(await claimJobs(db(), "other", 1000, 60)).not.toContainEqual(
      expect.objectContaining({ id }),
    );
    // Its lease runs out…
    await db()
      .update(jobs)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(jobs.id, id!));
    let runs = 0;
    await runUntilIdle(db(), { [kind]: { run: async () => void runs++ } });
    expect(runs).toBe(1);
    const [row] = await db().select().from(jobs).where(eq(jobs.id, id!));
    expect(row).toMatchObject({ status: "done", attempts: 2 });
  });

  it("retries a failing job with growing backoff, then gives up and says why", async () => {
    const kind = unique("flaky");
    const id = await enqueueJob(db(), kind, {}, { maxAttempts: 3 });
    const gaveUp: string[] = [];
    const handlers: JobHandlers = {
      [kind]: {
        run: async () => {
          throw new Error("the disk is on fire");
        },
        onGiveUp: async ({ error }) => void gaveUp.push(error),
      },
    };
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [job] = (await claimJobs(db(), "w", 1000, 60)).filter((j) => j.id === id);
      expect(job?.attempts).toBe(attempt);
      await runJob(db(), handlers, job!, "w", 60);
      const [row] = await db()
        .select({
          status: jobs.status,
          wait: sql<number>`extract(epoch from ${jobs.runAt} - now())::float8`,
        })
        .from(jobs)
        .where(eq(jobs.id, id!));
      if (attempt < 3) {
        expect(row?.status).toBe("queued");
        expect(Number(row?.wait)).toBeGreaterThan(backoffSeconds(attempt) - 1.5);
        await db()
          .update(jobs)
          .set({ runAt: sql`now()` })
          .where(eq(jobs.id, id!));
      } else expect(row?.status).toBe("failed");
    }
    expect(gaveUp).toEqual(["the disk is on fire"]);
    expect(backoffSeconds(1)).toBeLessThan(backoffSeconds(3));
  });

  it("a job that keeps killing its worker fails for good after its last attempt", async () => {
    const kind = unique("killer");
    const id = await enqueueJob(db(), kind, {}, { maxAttempts: 1 });
    await claimJobs(db(), "dead", 1000, 60);
    await db()
      .update(jobs)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(jobs.id, id!));
    let runs = 0;
    await runUntilIdle(db(), { [kind]: { run: async () => void runs++ } });
    expect(runs).toBe(0);
    const [row] = await db().select().from(jobs).where(eq(jobs.id, id!));
    expect(row?.status).toBe("failed");
  });

  it("schedules a recurring job once per slot however many instances ask", async () => {
    const kind = unique("tick");
    const recurring = [{ kind, everySeconds: 3600 }];
    await Promise.all([1, 2, 3].map(() => scheduleRecurring(db(), recurring)));
    const rows = await db().select().from(jobs).where(eq(jobs.kind, kind));
    expect(rows).toHaveLength(1);
  });

  it("purges finished runs of a recurring job once their slot is over, and keeps the rest", async () => {
    const kind = unique("sweep");
    const every = 15;
    const run = (n: number, status: "done" | "failed", secondsAgo: number) =>
      db()
        .insert(jobs)
        .values({
          kind,
          status,
          dedupeKey: `every:${kind}:${n}`,
          finishedAt: sql`now() - make_interval(secs => ${secondsAgo})`,
        })
        .returning({ id: jobs.id })
        .then(([row]) => row!.id);
    const old = await Promise.all([1, 2, 3].map((n) => run(n, "done", 3600 + n)));
    const failed = await run(4, "failed", 3600);
    const recent = await run(5, "done", 5);
    const other = await enqueueJob(db(), kind, {});
    await db()
      .update(jobs)
      .set({ status: "done", finishedAt: sql`now() - interval '1 hour'` })
      .where(eq(jobs.id, other!));

    expect(await purgeRecurringRuns(db(), [{ kind, everySeconds: every }])).toBe(3);
    const left = (await db().select({ id: jobs.id }).from(jobs).where(eq(jobs.kind, kind))).map(
      (r) => r.id,
    );
    expect(left.sort()).toEqual([failed, recent, other!].sort());
    expect(left).not.toContain(old[0]);
  });
});
