import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiKeys, memberships, type Role } from "@/db/schema";
import type { ApiKeyActor } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import type { Scope } from "@/server/platform/scopes";
import { credentialCacheOf } from "@/server/auth/credential-cache";
import { hashApiKey, isWellFormedApiKey } from "./key-format";

/** What the pipeline needs of a key beyond the actor the verbs see. */
export type KeyLimits = {
  allowedIps: string[];
  rateLimitPerMinute: number;
  lastUsedAt: Date | null;
  creatorRole: Role;
};

type Found = { actor: ApiKeyActor; limits: KeyLimits; expiresAt: Date | null };

const invalid = (message: string) => new AppError("invalid_api_key", message);

/**
 * Finds the key: format first (no database work for junk), then one indexed lookup by hash,
 * joined with the creator's membership, so a key whose creator left stops at once.
 */
export async function authenticateApiKey(
  db: Db,
  value: string,
  now = new Date(),
): Promise<{ actor: ApiKeyActor; limits: KeyLimits }> {
  if (!isWellFormedApiKey(value)) throw invalid("The API key is malformed");
  const hash = hashApiKey(value);
  // A key that checked out a moment ago, unless a change to it (or its creator's membership)
  // has been announced since: see credential-cache.ts.
  const cache = credentialCacheOf(db);
  const cached = cache?.getKey<Found>(hash, now.getTime());
  if (cached && !(cached.expiresAt && cached.expiresAt <= now)) {
    // Looked up again shortly before it lapses, in the background: a busy key never waits on
    // the lookup, and its concurrent requests never each run it.
    if (cache!.keyDueForRefresh(hash, now.getTime())) {
      cache!.lookupKeyOnce(hash, (mark) => findKey(db, hash, now, mark)).catch(() => {});
    }
    return { actor: cached.actor, limits: cached.limits };
  }
  const found = cache
    ? await cache.lookupKeyOnce(hash, (mark) => findKey(db, hash, now, mark))
    : await findKey(db, hash, now, 0);
  return { actor: found.actor, limits: found.limits };
}

/** The database's answer for a key, remembered when it checks out and forgotten when not. */
async function findKey(db: Db, hash: string, now: Date, mark: number): Promise<Found> {
  const cache = credentialCacheOf(db);
  const [row] = await db
    .select({ key: apiKeys, role: memberships.role })
    .from(apiKeys)
    .leftJoin(
      memberships,
      and(
        eq(memberships.organizationId, apiKeys.organizationId),
        eq(memberships.userId, apiKeys.userId),
      ),
    )
    .where(eq(apiKeys.keyHash, hash));
  const refusal = !row
    ? "The API key is not valid"
    : !row.key.isActive
      ? "The API key has been revoked"
      : row.key.expiresAt && row.key.expiresAt <= now
        ? "The API key has expired"
        : !row.role
          ? "The API key's creator is no longer a member of its organization"
          : null;
  if (!row || !row.role || refusal) {
    cache?.forgetKey(hash);
    throw invalid(refusal ?? "The API key is not valid");
  }
  const { key, role } = row;
  const found: Found = {
    actor: {
      kind: "apiKey",
      userId: key.userId,
      keyId: key.id,
      organizationId: key.organizationId,
      scopes: key.permissions as Scope[],
    },
    limits: {
      allowedIps: key.allowedIps,
      rateLimitPerMinute: key.rateLimitPerMinute,
      lastUsedAt: key.lastUsedAt,
      creatorRole: role,
    },
    expiresAt: key.expiresAt,
  };
  cache?.storeKey(mark, hash, found, now.getTime());
  return found;
}
