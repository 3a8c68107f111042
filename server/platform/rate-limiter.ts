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
  /** The window this state belongs to: what `releaseRateLimit` needs to take a hit back. */
  windowStart: Date;
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

function state(
  limit: RateLimit,
  count: number,
  w: { start: Date; resetSeconds: number },
): RateLimitState {
  return {
    limit: limit.limit,
    count,
    remaining: Math.max(0, limit.limit - count),
    resetSeconds: w.resetSeconds,
    allowed: count <= limit.limit,
    windowStart: w.start,
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
  return state(limit, row?.count ?? 1, w);
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
  return state(limit, row?.count ?? 0, w);
}

/**
 * Takes back one hit of the window it was counted in (a reservation that turned out not to be a
 * failure). Never below zero, and a no-op once the window has been purged.
 */
export async function releaseRateLimit(db: Db, key: string, windowStart: Date): Promise<void> {
  await db
    .update(rateLimitCounters)
    .set({ count: sql`greatest(${rateLimitCounters.count} - 1, 0)` })
    .where(and(eq(rateLimitCounters.key, key), eq(rateLimitCounters.windowStart, windowStart)));
}

/**
 * Reserves one attempt under every limit before an expensive check (a password hash), so
 * concurrent attempts cannot all pass a check-then-count gap. All or nothing: when any limit is
 * exhausted, every hit is taken back and the answer says how long to wait. A race can only make
 * a reservation fail that would have fit, never let one through past a limit.
 */
export async function reserveAttempts(
  db: Db,
  limits: ReadonlyArray<{ key: string; limit: RateLimit }>,
  now = new Date(),
): Promise<Reservation> {
  const states = await Promise.all(limits.map((l) => hitRateLimit(db, l.key, l.limit, now)));
  const held = limits.map((l, i) => ({ key: l.key, windowStart: states[i]!.windowStart }));
  const release = () =>
    Promise.all(held.map((h) => releaseRateLimit(db, h.key, h.windowStart))).then(() => {});
  const refused = states.filter((s) => !s.allowed);
  if (refused.length > 0) {
    await release();
    return { ok: false, retryAfterSeconds: Math.max(...refused.map((s) => s.resetSeconds)) };
  }
  return { ok: true, release };
}

export type Reservation =
  { ok: true; release: () => Promise<void> } | { ok: false; retryAfterSeconds: number };

/** Forgets `key`'s counts (for example an account's failed logins after a successful one). */
export async function resetRateLimit(db: Db, key: string): Promise<void> {
  await db.delete(rateLimitCounters).where(eq(rateLimitCounters.key, key));
}

async function purgeExpiredCounters(db: Db, now: Date): Promise<void> {
  await db.delete(rateLimitCounters).where(lt(rateLimitCounters.expiresAt, now));
}

/**
 * Tokens this process has taken from one key's shared counter in one window and not yet spent.
 * `counted` is the shared count right after our last reservation.
 */
type Bucket = {
  windowStart: number;
  left: number;
  counted: number;
  nextBatch: number;
  /** The shared counter reached the limit: the rest of the window is refused without asking. */
  exhausted: boolean;
  pending?: Promise<void>;
};

// Shared by every copy of this module (Next.js may load it once per route bundle), so one process
// holds one set of tokens per key.
const BUCKETS = Symbol.for("xentree.rateLimitBuckets");
const registry = globalThis as typeof globalThis & {
  [BUCKETS]?: WeakMap<object, Map<string, Bucket>>;
};
const buckets = (registry[BUCKETS] ??= new WeakMap<object, Map<string, Bucket>>());
const MAX_BATCH = 100;

/** The most tokens one reservation takes: 5% of the limit, between 1 and 100. */
export function maxBatch(limit: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(limit / 20)));
}

/**
 * Counts one request against `key` like `hitRateLimit`, without a write per request: the process
 * reserves a batch of tokens from the shared counter with one upsert (1, 2, 4 … up to
 * `maxBatch(limit)`, so a quiet key costs what it did; a key busy in the previous window starts
 * at the size it had reached) and spends them locally.
 *
 * Exactness: a token is only spent after the shared counter granted it, and a reservation that
 * crosses the limit is granted only what was left, so all instances together never admit more
 * than the limit in a window. With one instance it admits exactly the limit. With N instances a
 * key can be refused early by the tokens the other instances hold unspent: at most a batch and a
 * quarter each (the next batch is reserved ahead when a quarter is left). The remaining-count
 * header is this instance's view.
 */
export async function takeRateLimitToken(
  db: Db,
  key: string,
  limit: RateLimit,
  now = new Date(),
): Promise<RateLimitState> {
  let perDb = buckets.get(db);
  if (!perDb) buckets.set(db, (perDb = new Map()));
  const w = windowOf(now, limit.windowSeconds);
  const start = w.start.getTime();
  for (;;) {
    let bucket = perDb.get(key);
    if (!bucket || bucket.windowStart !== start) {
      if (bucket && bucket.windowStart > start) {
        // A caller with an older clock reading: count it the plain way.
        return hitRateLimit(db, key, limit, now);
      }
      if (perDb.size > 10_000)
        for (const [k, b] of perDb) if (b.windowStart < start) perDb.delete(k);
      // A key busy in the window just ended starts at the batch size it had reached,
      // instead of climbing from 1 again (a round trip per step, with its requests waiting).
      const busy =
        bucket?.windowStart === start - limit.windowSeconds * 1000 && bucket.nextBatch > 4;
      const nextBatch = busy ? Math.min(bucket!.nextBatch, maxBatch(limit.limit)) : 1;
      bucket = { windowStart: start, left: 0, counted: 0, nextBatch, exhausted: false };
      perDb.set(key, bucket);
    }
    if (bucket.left > 0) {
      bucket.left--;
      const answer = state(limit, bucket.counted - bucket.left, w);
      // Running low on a busy key: reserve the next batch in the background, so that requests
      // do not queue behind the reservation (a failure here only means the next one waits).
      if (
        bucket.nextBatch > 4 &&
        bucket.left < bucket.nextBatch / 4 &&
        !bucket.pending &&
        !bucket.exhausted
      ) {
        bucket.pending = reserve(db, key, limit, w, bucket);
        bucket.pending.catch(() => {});
      }
      return answer;
    }
    if (bucket.exhausted) return state(limit, limit.limit + 1, w);
    if (!bucket.pending) bucket.pending = reserve(db, key, limit, w, bucket);
    await bucket.pending;
  }
}

async function reserve(
  db: Db,
  key: string,
  limit: RateLimit,
  w: { start: Date; end: Date },
  bucket: Bucket,
): Promise<void> {
  try {
    const want = Math.min(bucket.nextBatch, maxBatch(limit.limit));
    const [row] = await db
      .insert(rateLimitCounters)
      .values({ key, windowStart: w.start, count: want, expiresAt: w.end })
      .onConflictDoUpdate({
        target: [rateLimitCounters.key, rateLimitCounters.windowStart],
        set: { count: sql`${rateLimitCounters.count} + ${want}` },
      })
      .returning({ count: rateLimitCounters.count });
    const counted = row?.count ?? want;
    const granted = Math.max(0, Math.min(want, limit.limit - (counted - want)));
    bucket.left += granted;
    // What was granted, not what the counter says: the part of a batch that crossed the limit was
    // never ours, and counting it would refuse the granted tokens as over the limit.
    bucket.counted = counted - (want - granted);
    bucket.nextBatch = want * 2;
    if (counted >= limit.limit) bucket.exhausted = true;
    if (Math.random() < 0.01) await purgeExpiredCounters(db, new Date());
  } finally {
    bucket.pending = undefined;
  }
}
