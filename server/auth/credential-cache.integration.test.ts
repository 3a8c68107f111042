import { eq, sql } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { openDatabase } from "@/db/client";
import { apiKeys, authSessions, users } from "@/db/schema";
import { authenticateApiKey } from "@/server/api-keys/authenticate-key";
import { revokeApiKey } from "@/server/api-keys/api-keys";
import { getEnv } from "@/server/platform/env";
import { describeEachDatabase } from "@/tests/databases";
import { codeOf, getOrgRest, orgWithKey } from "@/tests/fixtures";
import { callRest } from "@/tests/rest";
import { createTestUser, type TestUser } from "@/tests/users";
import { CredentialCache, credentialCacheOf, REFRESH_AHEAD_MS, TTL_MS } from "./credential-cache";
import { isSessionLive } from "./sessions";

// The credential cache saves a lookup per request; none of these may let a dead credential
// through, even right after it was served from memory.
describeEachDatabase("credential cache: revocation stops a credential at once", (db) => {
  async function bearerOf(user: TestUser) {
    const login = await callRest("POST", "/api/auth/login", {
      body: { username: user.profile.username, password: "password123" },
    });
    expect(login.status).toBe(200);
    return { authorization: `Bearer ${String(login.json.access_token)}` };
  }
  const me = (headers: Record<string, string>) =>
    callRest("GET", "/api/auth/me", { headers }).then((r) => r.status);

  it("is listening, and serves a key from memory once it checked out", async () => {
    await until(() => credentialCacheOf(db())?.active === true);
    const { org, headers } = await orgWithKey(db(), ["organizations:read"]);
    expect((await getOrgRest(org.id, { headers })).status).toBe(200);
    // Served from memory: the lookup would fail on a changed hash, the cache does not look.
    const value = headers["x-api-key"];
    const first = await authenticateApiKey(db(), value);
    const second = await authenticateApiKey(db(), value);
    expect(second.actor).toBe(first.actor);
  });

  it("refuses a key revoked right after it was served", async () => {
    const { owner, org, key, headers } = await orgWithKey(db(), ["organizations:read"]);
    expect((await getOrgRest(org.id, { headers })).status).toBe(200);
    await revokeApiKey({ ctx: owner.ctx, keyId: key.id });
    const after = await getOrgRest(org.id, { headers });
    expect([after.status, after.json.detail?.error]).toEqual([401, "invalid_api_key"]);
  });

  it("refuses a key deleted, changed or whose creator left, right after it was served", async () => {
    const deleted = await orgWithKey(db(), ["organizations:read"]);
    expect((await getOrgRest(deleted.org.id, { headers: deleted.headers })).status).toBe(200);
    await db().delete(apiKeys).where(eq(apiKeys.id, deleted.key.id));
    expect((await getOrgRest(deleted.org.id, { headers: deleted.headers })).status).toBe(401);

    const narrowed = await orgWithKey(db(), ["organizations:read"]);
    expect((await getOrgRest(narrowed.org.id, { headers: narrowed.headers })).status).toBe(200);
    await db()
      .update(apiKeys)
      .set({ permissions: ["quiz:read"] })
      .where(eq(apiKeys.id, narrowed.key.id));
    expect((await getOrgRest(narrowed.org.id, { headers: narrowed.headers })).status).toBe(403);

    const expired = await orgWithKey(db(), ["organizations:read"]);
    expect((await getOrgRest(expired.org.id, { headers: expired.headers })).status).toBe(200);
    await db()
      .update(apiKeys)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(apiKeys.id, expired.key.id));
    expect((await getOrgRest(expired.org.id, { headers: expired.headers })).status).toBe(401);

    const left = await orgWithKey(db(), ["organizations:read"]);
    expect((await getOrgRest(left.org.id, { headers: left.headers })).status).toBe(200);
    // The creator is the only owner: take them out of the table directly (a verb would refuse).
    await db().execute(
      sql`delete from memberships where organization_id = ${left.org.id} and user_id = ${left.owner.profile.id}`,
    );
    expect(await codeOf(authenticateApiKey(db(), left.headers["x-api-key"]))).toBe(
      "invalid_api_key",
    );
  });

  it("looks a key up once for many concurrent requests, and again after a revocation", async () => {
    await until(() => credentialCacheOf(db())?.active === true);
    const { owner, key, headers } = await orgWithKey(db(), ["organizations:read"]);
    const value = headers["x-api-key"];
    const select = vi.spyOn(db(), "select");
    try {
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => authenticateApiKey(db(), value)),
      );
      expect(answers.every((a) => a.actor.keyId === key.id)).toBe(true);
      expect(select).toHaveBeenCalledTimes(1);
    } finally {
      select.mockRestore();
    }
    await revokeApiKey({ ctx: owner.ctx, keyId: key.id });
    const after = await Promise.all(
      Array.from({ length: 3 }, () => codeOf(authenticateApiKey(db(), value))),
    );
    expect(after).toEqual(["invalid_api_key", "invalid_api_key", "invalid_api_key"]);
  });

  it("refuses a revoked key that was due for its background refresh", async () => {
    const { owner, key, headers } = await orgWithKey(db(), ["organizations:read"]);
    const value = headers["x-api-key"];
    await authenticateApiKey(db(), value);
    // Near the end of its lifetime: served from memory while a fresh lookup runs behind it.
    const late = new Date(Date.now() + TTL_MS - REFRESH_AHEAD_MS / 2);
    expect((await authenticateApiKey(db(), value, late)).actor.keyId).toBe(key.id);
    await revokeApiKey({ ctx: owner.ctx, keyId: key.id });
    expect(await codeOf(authenticateApiKey(db(), value, late))).toBe("invalid_api_key");
  });

  it("refuses a bearer token right after logout, and after its user is deleted", async () => {
    const user = await createTestUser(db(), "cc");
    const headers = await bearerOf(user);
    expect(await me(headers)).toBe(200);
    expect(await me(headers)).toBe(200);
    const out = await callRest("POST", "/api/auth/logout", { headers, body: {} });
    expect(out.status).toBeLessThan(300);
    expect(await me(headers)).toBe(401);

    const doomed = await createTestUser(db(), "cd");
    const doomedHeaders = await bearerOf(doomed);
    expect(await me(doomedHeaders)).toBe(200);
    await db().delete(users).where(eq(users.id, doomed.profile.id));
    expect(await me(doomedHeaders)).toBe(401);
  });

  it("refuses a session revoked in the table (as every sign-out elsewhere does)", async () => {
    const user = await createTestUser(db(), "cr");
    const headers = await bearerOf(user);
    expect(await me(headers)).toBe(200);
    await db()
      .update(authSessions)
      .set({ revokedAt: sql`now()`, revokedReason: "test" })
      .where(eq(authSessions.userId, user.profile.id));
    expect(await me(headers)).toBe(401);
  });
});

// Two instances on one PostgreSQL: a revocation made through one reaches the other's memory as
// soon as the database's notification arrives (one network hop after the commit).
const url = getEnv().DATABASE_URL;
it.runIf(Boolean(url))("forgets on instance A what instance B revoked [postgres]", async () => {
  const a = await openDatabase({ url });
  const b = await openDatabase({ url });
  try {
    const cacheA = credentialCacheOf(a.db)!;
    await until(() => cacheA.active && credentialCacheOf(b.db)!.active);
    const { key, headers } = await orgWithKey(a.db, ["organizations:read"]);
    await authenticateApiKey(a.db, headers["x-api-key"]);
    const owner = await createTestUser(a.db, "two");
    const [session] = await a.db
      .insert(authSessions)
      .values({ userId: owner.profile.id, kind: "api", expiresAt: new Date(Date.now() + 3600e3) })
      .returning();
    expect(await isSessionLive(a.db, session!.id, owner.profile.id)).toBe(true);

    const before = cacheA.mark();
    await b.db.update(apiKeys).set({ isActive: false }).where(eq(apiKeys.id, key.id));
    await until(() => cacheA.mark() !== before);
    expect(await codeOf(authenticateApiKey(a.db, headers["x-api-key"]))).toBe("invalid_api_key");

    const beforeSession = cacheA.mark();
    await b.db
      .update(authSessions)
      .set({ revokedAt: sql`now()` })
      .where(eq(authSessions.id, session!.id));
    await until(() => cacheA.mark() !== beforeSession);
    expect(await isSessionLive(a.db, session!.id, owner.profile.id)).toBe(false);
  } finally {
    await a.close();
    await b.close();
  }
});

/** Waits for a condition the database's notification brings about (not a timing assertion). */
async function until(condition: () => boolean) {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

// The sharing rule itself, with lookups held open: a lookup begun before an invalidation is never
// joined by a request that comes after it, which asks the database afresh.
it("shares a key lookup only among requests that arrive before any invalidation", async () => {
  const cache = new CredentialCache();
  cache.setListening(true);
  const answers: Array<(value: string) => void> = [];
  const lookup = () => new Promise<string>((resolve) => answers.push(resolve));
  const first = cache.lookupKeyOnce("hash", lookup);
  const joined = cache.lookupKeyOnce("hash", lookup);
  expect(answers).toHaveLength(1);
  cache.invalidate("api_keys");
  const afterRevocation = cache.lookupKeyOnce("hash", lookup);
  expect(answers).toHaveLength(2);
  answers[0]!("before");
  answers[1]!("after");
  expect([await first, await joined, await afterRevocation]).toEqual(["before", "before", "after"]);

  // Not listening: nothing is shared, every request asks.
  cache.setListening(false);
  void cache.lookupKeyOnce("hash", lookup);
  void cache.lookupKeyOnce("hash", lookup);
  expect(answers).toHaveLength(4);
});

it("asks for a refresh only in the last moments of an entry's lifetime", () => {
  const cache = new CredentialCache();
  cache.setListening(true);
  cache.storeKey(cache.mark(), "hash", "value", 0);
  expect(cache.keyDueForRefresh("hash", TTL_MS - REFRESH_AHEAD_MS - 1)).toBe(false);
  expect(cache.keyDueForRefresh("hash", TTL_MS - REFRESH_AHEAD_MS)).toBe(true);
  expect(cache.keyDueForRefresh("other", TTL_MS - REFRESH_AHEAD_MS)).toBe(false);
});
