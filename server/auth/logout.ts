import { and, eq } from "drizzle-orm";
import { authSessions, refreshTokens } from "@/db/schema";
import type { UserCtx } from "@/server/platform/context";
import { sha256Hex } from "@/server/platform/crypto";
import type { LogoutRequest } from "./schemas";
import { revokeSession } from "./sessions";

/**
 * Ends the caller's session: its access and refresh tokens stop working at once. A refresh token
 * of another of the caller's sessions, when given, ends that session too; anyone else's is ignored.
 */
export async function logout({
  ctx,
  input,
}: {
  ctx: UserCtx;
  input: LogoutRequest;
}): Promise<void> {
  await revokeSession(ctx.db, ctx.actor.sessionId, "logout");
  if (!input.refresh_token) return;
  const [other] = await ctx.db
    .select({ sessionId: refreshTokens.sessionId })
    .from(refreshTokens)
    .innerJoin(authSessions, eq(authSessions.id, refreshTokens.sessionId))
    .where(
      and(
        eq(refreshTokens.tokenHash, sha256Hex(input.refresh_token)),
        eq(authSessions.userId, ctx.actor.userId),
      ),
    );
  if (other) await revokeSession(ctx.db, other.sessionId, "logout");
}
