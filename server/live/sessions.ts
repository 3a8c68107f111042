import { and, eq, gte, sql } from "drizzle-orm";
import { liveSessions, users, type LiveSessionRow } from "@/db/schema";
import { now as clockNow } from "@/server/platform/clock";
import type { AuthedCtx } from "@/server/platform/context";
import { uniqueViolation } from "@/server/platform/db-errors";
import { AppError } from "@/server/platform/errors";
import { billedSeconds, HEARTBEAT_INTERVAL_SECONDS } from "./metering";
import { readQuota } from "./quota";
import type { LiveSessionResponse, StartSessionRequest } from "./schemas";
import { closeSession, closeStaleSessions, idleBefore } from "./sweeper";

function toResponse(
  row: LiveSessionRow,
  now: Date,
  nickname: string | null,
  remainingWhenClosed: number,
): LiveSessionResponse {
  const billed = billedSeconds(row, now);
  return {
    session_id: row.id,
    session_type: row.sessionType,
    status: row.status,
    started_at: row.startedAt.toISOString(),
    last_heartbeat_at: row.lastHeartbeatAt.toISOString(),
    ended_at: row.endedAt?.toISOString() ?? null,
    duration_seconds: billed,
    max_duration_seconds: row.maxDurationSeconds,
    expires_at: row.expiresAt.toISOString(),
    heartbeat_interval_seconds: HEARTBEAT_INTERVAL_SECONDS,
    remaining_seconds:
      row.status === "active" ? Math.max(0, row.maxDurationSeconds - billed) : remainingWhenClosed,
    nickname,
  };
}

const activeSessionError = (id: string) =>
  new AppError("live_session_active", "You already have a Live session running; end it first", {
    details: { active_session_id: id },
  });

const quotaError = (sessionId?: string) =>
  new AppError("live_quota_exceeded", "Monthly Live session quota exceeded", {
    details: sessionId ? { session_id: sessionId } : {},
  });

/**
 * Starts a session with what is left of the month as its limit. The partial unique index on
 * active sessions decides between concurrent starts: the loser is told which session runs.
 */
export async function startSession({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: StartSessionRequest;
}): Promise<LiveSessionResponse> {
  const now = clockNow();
  const quota = await readQuota(ctx.db, ctx.actor.userId, now);
  if (quota.active) throw activeSessionError(quota.active.id);
  if (quota.remainingSeconds < 1) throw quotaError();
  let row: LiveSessionRow | undefined;
  try {
    [row] = await ctx.db
      .insert(liveSessions)
      .values({
        userId: ctx.actor.userId,
        sessionType: input.session_type,
        startedAt: now,
        lastHeartbeatAt: now,
        maxDurationSeconds: quota.remainingSeconds,
        expiresAt: new Date(now.getTime() + quota.remainingSeconds * 1000),
      })
      .returning();
  } catch (error) {
    if (uniqueViolation(error) !== "live_sessions_one_active_per_user") throw error;
    const [winner] = await ctx.db
      .select({ id: liveSessions.id })
      .from(liveSessions)
      .where(and(eq(liveSessions.userId, ctx.actor.userId), eq(liveSessions.status, "active")));
    throw activeSessionError(winner?.id ?? "unknown");
  }
  return toResponse(row!, now, quota.nickname, 0);
}

async function ownSession(ctx: AuthedCtx, sessionId: string): Promise<LiveSessionRow> {
  const [row] = await ctx.db
    .select()
    .from(liveSessions)
    .where(and(eq(liveSessions.id, sessionId), eq(liveSessions.userId, ctx.actor.userId)));
  if (!row) throw AppError.notFound("Live session");
  return row;
}

/** The session as it stands, with this month's remaining seconds once it is closed. */
async function describe(ctx: AuthedCtx, sessionId: string, now: Date) {
  const quota = await readQuota(ctx.db, ctx.actor.userId, now);
  const row = await ownSession(ctx, sessionId);
  return toResponse(row, now, quota.nickname, quota.remainingSeconds);
}

/**
 * Keeps a session alive. Past its allowance the session closes (billed to its limit) and the
 * answer is 429; a session that went silent, or was ended, cannot be revived (409).
 */
export async function heartbeat({
  ctx,
  sessionId,
}: {
  ctx: AuthedCtx;
  sessionId: string;
}): Promise<LiveSessionResponse> {
  const now = clockNow();
  await closeStaleSessions(ctx.db, now, ctx.actor.userId);
  const row = await ownSession(ctx, sessionId);
  if (row.status === "active" && now >= row.expiresAt) {
    await closeSession(ctx.db, row.id, now, "expired");
    throw quotaError(row.id);
  }
  const [alive] =
    row.status === "active"
      ? await ctx.db
          .update(liveSessions)
          .set({ lastHeartbeatAt: now })
          .where(
            and(
              eq(liveSessions.id, row.id),
              eq(liveSessions.status, "active"),
              gte(liveSessions.lastHeartbeatAt, sql`${idleBefore(now)}`),
            ),
          )
          .returning()
      : [];
  if (!alive) {
    throw new AppError("conflict", "This Live session has ended; start a new one", {
      details: { session_id: row.id },
    });
  }
  const [user] = await ctx.db
    .select({ nickname: users.liveNickname })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  return toResponse(alive, now, user?.nickname ?? null, 0);
}

/** Ends a session; ending one that is already over answers it as it is. */
export async function endSession({
  ctx,
  sessionId,
}: {
  ctx: AuthedCtx;
  sessionId: string;
}): Promise<LiveSessionResponse> {
  const now = clockNow();
  const row = await ownSession(ctx, sessionId);
  if (row.status === "active") await closeSession(ctx.db, row.id, now, "ended");
  return describe(ctx, sessionId, now);
}
