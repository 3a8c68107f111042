import type { UserRow } from "@/db/schema";
import type { Ctx } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { hitRateLimit, peekRateLimit, resetRateLimit } from "@/server/platform/rate-limiter";
import { verifyPassword } from "./passwords";
import type { LoginRequest, TokenResponse } from "./schemas";
import { createSession, issueTokens } from "./sessions";
import { findUserByLogin } from "./users";

const WINDOW_SECONDS = 15 * 60;

/**
 * Checks a username/email and password, within the per-account and per-address limits on
 * failures, and opens a session. Shared by the REST login and the browser's Auth.js sign-in.
 */
export async function signInWithPassword(
  ctx: Ctx,
  input: LoginRequest,
  kind: "api" | "browser",
): Promise<{ user: UserRow; sessionId: string }> {
  const env = getEnv();
  const user = await findUserByLogin(ctx.db, input.username);
  // Unknown identifiers are limited too, so guessing which accounts exist is no cheaper.
  const accountKey = `login:account:${user?.id ?? input.username.toLowerCase()}`;
  const ipKey = `login:ip:${ctx.request.ip ?? "unknown"}`;
  const accountLimit = { limit: env.LOGIN_FAILURES_PER_ACCOUNT, windowSeconds: WINDOW_SECONDS };
  const ipLimit = { limit: env.LOGIN_FAILURES_PER_IP, windowSeconds: WINDOW_SECONDS };

  const [account, address] = await Promise.all([
    peekRateLimit(ctx.db, accountKey, accountLimit),
    peekRateLimit(ctx.db, ipKey, ipLimit),
  ]);
  const blocked = [account, address].filter((s) => s.remaining === 0);
  if (blocked.length > 0) {
    throw new AppError("rate_limited", "Too many failed sign-in attempts; try again later", {
      retryAfterSeconds: Math.max(...blocked.map((s) => s.resetSeconds)),
    });
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk) {
    await Promise.all([
      hitRateLimit(ctx.db, accountKey, accountLimit),
      hitRateLimit(ctx.db, ipKey, ipLimit),
    ]);
    throw new AppError("invalid_credentials", "Incorrect username, email or password");
  }

  await resetRateLimit(ctx.db, accountKey);
  const sessionId = await createSession(ctx.db, user.id, kind, ctx.request);
  return { user, sessionId };
}

export async function login({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: LoginRequest;
}): Promise<TokenResponse> {
  const { user, sessionId } = await signInWithPassword(ctx, input, "api");
  return issueTokens(ctx.db, user.id, sessionId);
}
