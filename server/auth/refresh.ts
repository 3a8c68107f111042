import { and, eq, gt, isNull } from "drizzle-orm";
import { authSessions, refreshTokens } from "@/db/schema";
import type { Ctx } from "@/server/platform/context";
import { sha256Hex } from "@/server/platform/crypto";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { reserveAttempts } from "@/server/platform/rate-limiter";
import type { RefreshRequest, TokenResponse } from "./schemas";
import { issueTokens, revokeSession } from "./sessions";

const invalid = (message = "The refresh token is not valid") =>
  new AppError("invalid_token", message);

/**
 * Rotates a refresh token. Each token works once: presenting one that was already used means it
 * was copied, so the whole session is revoked (the thief's and the owner's tokens alike).
 */
export async function refreshSession({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: RefreshRequest;
}): Promise<TokenResponse> {
  const ipLimit = { limit: getEnv().REFRESH_FAILURES_PER_IP, windowSeconds: 15 * 60 };
  // Reserved before the token is looked at, so parallel guesses cannot outrun the count.
  const reservation = await reserveAttempts(ctx.db, [
    { key: `refresh:ip:${ctx.request.ip || "unknown"}`, limit: ipLimit },
  ]);
  if (!reservation.ok) {
    throw new AppError("rate_limited", "Too many failed refresh attempts; try again later", {
      retryAfterSeconds: reservation.retryAfterSeconds,
    });
  }
  try {
    const tokens = await rotate(ctx, input.refresh_token);
    await reservation.release();
    return tokens;
  } catch (error) {
    // Only a refused token counts as a failure; anything else gives the place back.
    if (!(error instanceof AppError && error.code === "invalid_token")) await reservation.release();
    throw error;
  }
}

async function rotate(ctx: Ctx, presented: string): Promise<TokenResponse> {
  const tokenHash = sha256Hex(presented);
  const now = new Date();
  const tokens = await ctx.db.transaction(async (tx) => {
    // Marking the token used is the one atomic step: of two concurrent refreshes, one wins.
    const [claimed] = await tx
      .update(refreshTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(refreshTokens.tokenHash, tokenHash),
          isNull(refreshTokens.usedAt),
          gt(refreshTokens.expiresAt, now),
        ),
      )
      .returning({ sessionId: refreshTokens.sessionId });
    if (!claimed) return null;

    const [session] = await tx
      .select({ userId: authSessions.userId })
      .from(authSessions)
      .where(
        and(
          eq(authSessions.id, claimed.sessionId),
          isNull(authSessions.revokedAt),
          gt(authSessions.expiresAt, now),
        ),
      );
    if (!session) throw invalid("The session has ended; sign in again");
    return issueTokens(tx, session.userId, claimed.sessionId, now);
  });
  if (tokens) return tokens;

  const [known] = await ctx.db
    .select({ sessionId: refreshTokens.sessionId, usedAt: refreshTokens.usedAt })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, tokenHash));
  if (known?.usedAt) {
    await revokeSession(ctx.db, known.sessionId, "refresh_token_reuse");
    throw invalid("This refresh token was already used; the session has been signed out");
  }
  throw invalid(known ? "The refresh token has expired" : undefined);
}
