import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimitCounters } from "@/db/schema";

export type RateLimit = { limit: number; windowSeconds: number };

export type RateLimitState = {
  limit: number;
  count: number;
  remaining: number;
  /** Seconds until the current window ends. */
  resetSeconds: number;
  allowed: boolean;
};

function windowOf(now: Date, windowSeconds: number) {
  const ms = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / ms) * ms;
  return {
    start: new Date(start),
    end: new Date(start + ms),
    resetSeconds: Math.max(1, Math.ceil((start + ms - now.getTime()) / 1000)),
  };
}

function state(limit: RateLimit, count: number, resetSeconds: number): RateLimitState {
  return {
    limit: limit.limit,
    count,
    remaining: Math.max(0, limit.limit - count),
    resetSeconds,
    allowed: count <= limit.limit,
  };
}

/**
 * Counts one event against `key` in the current fixed window and says whether it is within the
 * limit. A single upsert: exact under concurrency and shared by every instance on the database.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  limit: RateLimit,
  now = new Date(),
): Promise<RateLimitState> {
  const w = windowOf(now, limit.windowSeconds);
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ key, windowStart: w.start, count: 1, expiresAt: w.end })
    .onConflictDoUpdate({
      target: [rateLimitCounters.key, rateLimitCounters.windowStart],
      set: { count: sql`${rateLimitCounters.count} + 1` },
    })
    .returning({ count: rateLimitCounters.count });
  if (Math.random() < 0.01) await purgeExpiredCounters(db, now);
  return state(limit, row?.count ?? 1, w.resetSeconds);
}

/** The current window's count for `key`, without counting anything. */
export async function peekRateLimit(
  db: Db,
  key: string,
  limit: RateLimit,
  now = new Date(),
): Promise<RateLimitState> {
  const w = windowOf(now, limit.windowSeconds);
  const [row] = await db
    .select({ count: rateLimitCounters.count })
    .from(rateLimitCounters)
    .where(and(eq(rateLimitCounters.key, key), eq(rateLimitCounters.windowStart, w.start)));
  return state(limit, row?.count ?? 0, w.resetSeconds);
}

/** Forgets `key`'s counts (for example an account's failed logins after a successful one). */
export async function resetRateLimit(db: Db, key: string): Promise<void> {
  await db.delete(rateLimitCounters).where(eq(rateLimitCounters.key, key));
}

async function purgeExpiredCounters(db: Db, now: Date): Promise<void> {
  await db.delete(rateLimitCounters).where(lt(rateLimitCounters.expiresAt, now));
}
