import { and, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authSessions, type UserRow } from "@/db/schema";
import { recordAudit } from "@/server/audit/record";
import type { Ctx } from "@/server/platform/context";
import { sha256Hex } from "@/server/platform/crypto";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { reserveAttempts, resetRateLimit } from "@/server/platform/rate-limiter";
import { verifyPassword } from "./passwords";
import type { LoginRequest, TokenResponse } from "./schemas";
import { createSession, issueTokens } from "./sessions";
import { findUserByLogin } from "./users";

const WINDOW_SECONDS = 15 * 60;
/** How long an address that signed in successfully stays exempt from the account-wide limit. */
const KNOWN_ADDRESS_DAYS = 90;

/** Whether this account opened a session from this address recently: the owner's own network. */
async function signedInFromBefore(db: Db, userId: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - KNOWN_ADDRESS_DAYS * 24 * 60 * 60 * 1000);
  const [row] = await db
    .select({ id: authSessions.id })
    .from(authSessions)
    .where(
      and(
        eq(authSessions.userId, userId),
        eq(authSessions.ipAddress, ip),
        gt(authSessions.createdAt, since),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Checks a username/email and password and opens a session. Shared by the REST login and the
 * browser's Auth.js sign-in. Each attempt first reserves a place under three limits (failures per
 * account from this address, per address, and per account from addresses it never signed in
 * from), so parallel guesses cannot all reach the password check; a success gives its place back.
 */
export async function signInWithPassword(
  ctx: Ctx,
  input: LoginRequest,
  kind: "api" | "browser",
): Promise<{ user: UserRow; sessionId: string }> {
  const env = getEnv();
  const user = await findUserByLogin(ctx.db, input.username);
  // Unknown identifiers are limited too, so guessing which accounts exist is no cheaper. Hashed:
  // people type passwords into the username box, and counter keys are stored.
  const account = user?.id ?? `unknown-${sha256Hex(input.username.toLowerCase())}`;
  const ip = ctx.request.ip || "unknown";
  const known =
    user !== undefined && ip !== "unknown" && (await signedInFromBefore(ctx.db, user.id, ip));
  const window = (limit: number) => ({ limit, windowSeconds: WINDOW_SECONDS });
  const accountAtAddress = `login:account-ip:${account}:${ip}`;
  const limits = [
    { key: accountAtAddress, limit: window(env.LOGIN_FAILURES_PER_ACCOUNT) },
    { key: `login:ip:${ip}`, limit: window(env.LOGIN_FAILURES_PER_IP) },
    // Guesses spread over many addresses stop here, but never lock the owner out of an address
    // they already signed in from.
    ...(known
      ? []
      : [
          {
            key: `login:account:${account}`,
            limit: window(env.LOGIN_FAILURES_PER_ACCOUNT_ANY_ADDRESS),
          },
        ]),
  ];
  const reservation = await reserveAttempts(ctx.db, limits);
  if (!reservation.ok) {
    if (user) await recordSignIn(ctx, user.id, kind, "rate_limited");
    throw new AppError("rate_limited", "Too many failed sign-in attempts; try again later", {
      retryAfterSeconds: reservation.retryAfterSeconds,
    });
  }

  let passwordOk: boolean;
  try {
    passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  } catch (error) {
    await reservation.release();
    throw error;
  }
  // A failure keeps its reservation: that is the count.
  if (!user || !passwordOk) {
    if (user) await recordSignIn(ctx, user.id, kind, "invalid_credentials");
    throw new AppError("invalid_credentials", "Incorrect username, email or password");
  }

  await reservation.release();
  // The owner proved themselves from here: their earlier typos from this address are forgiven.
  // The account-wide count is not, or signing in would hand a distributed guesser a fresh budget.
  await resetRateLimit(ctx.db, accountAtAddress);
  const sessionId = await createSession(ctx.db, user.id, kind, ctx.request);
  await recordSignIn(ctx, user.id, kind);
  return { user, sessionId };
}

function recordSignIn(
  ctx: Ctx,
  userId: string,
  kind: "api" | "browser",
  failure?: "invalid_credentials" | "rate_limited",
): Promise<void> {
  return recordAudit(ctx, {
    action: "auth.sign_in",
    result: failure ? "failure" : "success",
    actorUserId: userId,
    target: { type: "user", id: userId },
    details: failure
      ? { method: "password", via: kind, reason: failure }
      : { method: "password", via: kind },
  });
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
