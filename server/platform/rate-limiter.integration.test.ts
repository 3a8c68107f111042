import { expect, it } from "vitest";
import { describeEachDatabase, unique } from "@/tests/databases";
import { hitRateLimit, peekRateLimit, resetRateLimit } from "./rate-limiter";

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
});
