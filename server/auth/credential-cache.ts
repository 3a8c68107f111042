import type { Db } from "@/db/types";

/**
 * A short-lived, per-process memory of credentials that checked out: API keys (by hash) and live
 * sessions (bearer tokens and browser cookies). It saves the database lookup that would otherwise
 * run before every authenticated request.
 *
 * Revocation stays immediate because the database says when something changed: triggers on
 * `api_keys`, `memberships` and `auth_sessions` (migration 0008) send `NOTIFY xentree_credentials`
 * on every change that can end a credential (revoked, deleted, expiry moved, creator removed or
 * demoted, session ended, user deleted by cascade). Every instance LISTENs and forgets what the
 * change touched before it serves another request:
 * - PostgreSQL: a dedicated connection per instance. The cache is used only while that connection
 *   is listening; when it drops, everything is forgotten and every request goes to the database
 *   until it listens again. The triggers also raise a NOTICE, which reaches the writing
 *   connection while its statement runs: the instance that revokes forgets before it answers.
 *   What is traded: a notification travels after the revoking transaction commits, so another
 *   instance can serve a revoked credential for the time the notification takes to arrive (well
 *   under a millisecond on one host; no request is needed, the listening connection is idle),
 *   and a lookup running on the writer's instance while the revoking transaction is still open
 *   can remember the old state until that notification. A connection that hangs without closing
 *   is bounded by `TTL_MS`.
 * - PGlite: one process owns the database, and the notification is delivered (as a microtask)
 *   before the revoking statement's promise resolves, so the next request already misses.
 * Only successes are remembered: a refused credential is looked up again every time, so a key
 * restored or a session created never waits on the cache.
 */
export const TTL_MS = 5_000;
/** A key served this close to the end of its lifetime is looked up again in the background. */
export const REFRESH_AHEAD_MS = 1_000;
const MAX_ENTRIES = 10_000;
export const CREDENTIALS_CHANNEL = "xentree_credentials";

type Timed<T> = { value: T; until: number };

export class CredentialCache {
  private readonly keys = new Map<string, Timed<unknown>>();
  private readonly sessions = new Map<string, Timed<{ userId: string; expiresAt: number }>>();
  /** Key lookups under way, each with the generation it started in. */
  private readonly keyLookups = new Map<string, { mark: number; promise: Promise<unknown> }>();
  /** Bumped on every invalidation: a lookup that raced one is not stored. */
  private generation = 0;
  private listening = false;

  /** Whether invalidation is wired; until it is, nothing is served from memory. */
  setListening(listening: boolean) {
    this.listening = listening;
    this.clear();
  }

  get active() {
    return this.listening;
  }

  /** Handles one notification: `session:<id>` forgets that session, anything else everything. */
  invalidate(payload: string) {
    if (payload.startsWith("session:")) {
      this.generation++;
      this.sessions.delete(payload.slice("session:".length));
    } else {
      this.clear();
    }
  }

  clear() {
    this.generation++;
    this.keys.clear();
    this.sessions.clear();
  }

  /** Call before the database lookup; pass to `storeKey`/`storeSession` after it. */
  mark(): number {
    return this.generation;
  }

  getKey<T>(hash: string, now = Date.now()): T | undefined {
    if (!this.listening) return undefined;
    const hit = this.keys.get(hash);
    if (!hit) return undefined;
    if (hit.until <= now) {
      this.keys.delete(hash);
      return undefined;
    }
    return hit.value as T;
  }

  /** Whether a key served now should be looked up again (in the background) before it lapses. */
  keyDueForRefresh(hash: string, now = Date.now()): boolean {
    const hit = this.keys.get(hash);
    return hit !== undefined && hit.until - now <= REFRESH_AHEAD_MS;
  }

  /**
   * Runs `lookup` for a key, or joins the lookup of it already under way: concurrent requests of
   * a key the cache does not hold cost one query, not one each. A lookup is joined only if nothing
   * was invalidated since it started (and only while listening), so a request that arrives after a
   * revocation was announced always asks the database itself.
   */
  lookupKeyOnce<T>(hash: string, lookup: (mark: number) => Promise<T>): Promise<T> {
    const mark = this.generation;
    if (!this.listening) return lookup(mark);
    const running = this.keyLookups.get(hash);
    if (running && running.mark === mark) return running.promise as Promise<T>;
    const promise = lookup(mark).finally(() => {
      if (this.keyLookups.get(hash)?.promise === promise) this.keyLookups.delete(hash);
    });
    this.keyLookups.set(hash, { mark, promise });
    return promise;
  }

  /** Forgets one key (a lookup found it no longer valid). */
  forgetKey(hash: string) {
    this.keys.delete(hash);
  }

  storeKey(mark: number, hash: string, value: unknown, now = Date.now()) {
    if (!this.listening || mark !== this.generation) return;
    if (this.keys.size >= MAX_ENTRIES) this.keys.clear();
    this.keys.set(hash, { value, until: now + TTL_MS });
  }

  isSessionLive(sessionId: string, userId: string, now = Date.now()): boolean {
    if (!this.listening) return false;
    const hit = this.sessions.get(sessionId);
    if (!hit) return false;
    if (hit.until <= now || hit.value.expiresAt <= now || hit.value.userId !== userId) {
      this.sessions.delete(sessionId);
      return false;
    }
    return true;
  }

  storeSession(mark: number, sessionId: string, userId: string, expiresAt: Date, now = Date.now()) {
    if (!this.listening || mark !== this.generation) return;
    if (this.sessions.size >= MAX_ENTRIES) this.sessions.clear();
    this.sessions.set(sessionId, {
      value: { userId, expiresAt: expiresAt.getTime() },
      until: now + TTL_MS,
    });
  }
}

// Shared by every copy of this module: Next.js may load it in more than one bundle (one per route),
// and the database (opened once per process, see db/client.ts) must find its cache in all of them.
const CACHES = Symbol.for("xentree.credentialCaches");
const registry = globalThis as typeof globalThis & { [CACHES]?: WeakMap<object, CredentialCache> };
const caches = (registry[CACHES] ??= new WeakMap<object, CredentialCache>());

/** Gives `db` a cache; `openDatabase` does it and wires the notifications. */
export function attachCredentialCache(db: Db): CredentialCache {
  const cache = new CredentialCache();
  caches.set(db, cache);
  return cache;
}

/** The cache of `db`, if it has one (a transaction or a hand-made client has none). */
export function credentialCacheOf(db: Db): CredentialCache | undefined {
  return caches.get(db);
}
