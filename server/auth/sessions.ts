import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authSessions, refreshTokens } from "@/db/schema";
import { getEnv } from "@/server/platform/env";
import { randomToken, sha256Hex } from "@/server/platform/crypto";
import type { RequestInfo } from "@/server/platform/context";
import { signAccessToken } from "./access-tokens";
import { credentialCacheOf } from "./credential-cache";
import type { TokenResponse } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

function refreshExpiry(now: Date): Date {
  return new Date(now.getTime() + getEnv().REFRESH_TOKEN_TTL_DAYS * DAY_MS);
}

export async function createSession(
  db: Db,
  userId: string,
  kind: "api" | "browser",
  request: RequestInfo,
  now = new Date(),
): Promise<string> {
  const [row] = await db
    .insert(authSessions)
    .values({
      userId,
      kind,
      expiresAt: refreshExpiry(now),
      ipAddress: request.ip,
      userAgent: request.userAgent?.slice(0, 512) ?? null,
    })
    .returning({ id: authSessions.id });
  if (!row) throw new Error("session insert returned nothing");
  return row.id;
}

/** A new refresh token for the session (stored as its hash) and a fresh access token. */
export async function issueTokens(
  db: Db,
  userId: string,
  sessionId: string,
  now = new Date(),
): Promise<TokenResponse> {
  // The "xrt_" prefix lets secret scanners and humans recognise a leaked refresh token.
  const refreshToken = `xrt_${randomToken(32)}`;
  const expiresAt = refreshExpiry(now);
  await db
    .insert(refreshTokens)
    .values({ sessionId, tokenHash: sha256Hex(refreshToken), expiresAt });
  // A refresh extends the session as long as its newest refresh token.
  await db.update(authSessions).set({ expiresAt }).where(eq(authSessions.id, sessionId));
  return {
    access_token: await signAccessToken({ userId, sessionId }, now),
    token_type: "bearer",
    refresh_token: refreshToken,
    expires_in: getEnv().ACCESS_TOKEN_TTL_SECONDS,
  };
}

/**
 * Whether the session exists, belongs to the user, and has been neither revoked nor outlived.
 * Answered from the credential cache when the session checked out a moment ago and no change to
 * it has been announced since (see credential-cache.ts).
 */
export async function isSessionLive(db: Db, sessionId: string, userId: string, now = new Date()) {
  const cache = credentialCacheOf(db);
  if (cache?.isSessionLive(sessionId, userId, now.getTime())) return true;
  const mark = cache?.mark() ?? 0;
  const [row] = await db
    .select({ id: authSessions.id, expiresAt: authSessions.expiresAt })
    .from(authSessions)
    .where(
      and(
        eq(authSessions.id, sessionId),
        eq(authSessions.userId, userId),
        isNull(authSessions.revokedAt),
        gt(authSessions.expiresAt, now),
      ),
    );
  if (row) cache?.storeSession(mark, sessionId, userId, row.expiresAt, now.getTime());
  return row !== undefined;
}

export async function revokeSession(db: Db, sessionId: string, reason: string): Promise<void> {
  await db
    .update(authSessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)));
}
