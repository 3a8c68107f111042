import { expect, it } from "vitest";
import { describeEachDatabase, unique } from "@/tests/databases";
import type { Db } from "@/db/client";
import {
  hitRateLimit,
  maxBatch,
  peekRateLimit,
  resetRateLimit,
  takeRateLimitToken,
  type RateLimit,
} from "./rate-limiter";

describeEachDatabase("rate limiter", (db) => {
  it("lets exactly `limit` of many parallel hits through", async () => {
    const key = unique("burst:");
    const limit = { limit: 10, windowSeconds: 60 };
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 100 }, () => hitRateLimit(db(), key, limit, now)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
  });

  it("starts a new window, peeks without counting and forgets on reset", async () => {
    const key = unique("window:");
    const limit = { limit: 2, windowSeconds: 60 };
    const t0 = new Date(Date.UTC(2026, 0, 1, 12, 0, 10));
    await hitRateLimit(db(), key, limit, t0);
    const second = await hitRateLimit(db(), key, limit, t0);
    expect(second).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 50 });
    expect((await hitRateLimit(db(), key, limit, t0)).allowed).toBe(false);
    expect((await peekRateLimit(db(), key, limit, t0)).count).toBe(3);
    expect((await hitRateLimit(db(), key, limit, new Date(t0.getTime() + 60_000))).count).toBe(1);
    await resetRateLimit(db(), key);
    expect((await peekRateLimit(db(), key, limit, t0)).count).toBe(0);
  });

  // Windows a day ahead: their counters are not purged as expired while the test runs.
  const aheadWindow = () => new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 86_400_000);
  async function admitted(instances: Db[], key: string, limit: RateLimit, n: number, at: Date) {
    let allowed = 0;
    for (let i = 0; i < n; i++) {
      if ((await takeRateLimitToken(instances[i % instances.length]!, key, limit, at)).allowed)
        allowed++;
    }
    return allowed;
  }

  it("admits exactly the limit from reserved batches, window after window", async () => {
    const key = unique("tokens:");
    const limit = { limit: 200, windowSeconds: 60 };
    const t0 = aheadWindow();
    expect(await admitted([db()], key, limit, 230, t0)).toBe(200);
    const t1 = new Date(t0.getTime() + 60_000);
    // The key was busy: the new window's first reservation is a full batch, not one token.
    expect((await takeRateLimitToken(db(), key, limit, t1)).allowed).toBe(true);
    expect((await peekRateLimit(db(), key, limit, t1)).count).toBe(maxBatch(200));
    expect(await admitted([db()], key, limit, 229, t1)).toBe(199);
    expect((await peekRateLimit(db(), key, limit, t1)).count).toBeGreaterThanOrEqual(200);
  });

  it("never admits more than the limit over two instances, even after a busy window", async () => {
    const key = unique("shared:");
    const limit = { limit: 200, windowSeconds: 60 };
    // A second instance: its own token buckets (kept per database object) on the same database.
    const other = Object.create(db()) as Db;
    const t0 = aheadWindow();
    expect(await admitted([db(), other], key, limit, 300, t0)).toBeLessThanOrEqual(200);
    const t1 = new Date(t0.getTime() + 60_000);
    const second = await admitted([db(), other], key, limit, 300, t1);
    expect(second).toBeLessThanOrEqual(200);
    // Early refusals are bounded by what the other instance holds unspent.
    expect(second).toBeGreaterThanOrEqual(200 - 2 * maxBatch(200));
  });
});
