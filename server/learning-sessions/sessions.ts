import { and, desc, eq, gte, ne, sql } from "drizzle-orm";
import { conversationSessions, type ConversationSessionRow } from "@/db/schema";
import { requireConversation } from "@/server/conversations/access";
import { now as clockNow } from "@/server/platform/clock";
import type { AuthedCtx } from "@/server/platform/context";
import { uniqueViolation } from "@/server/platform/db-errors";
import { AppError } from "@/server/platform/errors";
import { ACTIVITY_INTERVAL_SECONDS, countedSeconds, IDLE_AFTER_SECONDS } from "./metering";
import type { ConversationSessionResponse, ConversationSessionStatus } from "./schemas";
import { closeConversationSession, closeIdleConversationSessions, idleBefore } from "./sweeper";

const s = conversationSessions;

function toResponse(
  row: ConversationSessionRow,
  now: Date,
  resumed = false,
): ConversationSessionResponse {
  return {
    session_id: row.id,
    conversation_id: row.conversationId,
    status: row.status,
    started_at: row.startedAt.toISOString(),
    last_activity_at: row.lastActivityAt.toISOString(),
    ended_at: row.endedAt?.toISOString() ?? null,
    duration_seconds: countedSeconds(row, now),
    activity_interval_seconds: ACTIVITY_INTERVAL_SECONDS,
    idle_after_seconds: IDLE_AFTER_SECONDS,
    resumed,
  };
}

type Args = { ctx: AuthedCtx; conversationId: string };

async function activeOf(ctx: AuthedCtx) {
  const [row] = await ctx.db
    .select()
    .from(s)
    .where(and(eq(s.userId, ctx.actor.userId), eq(s.status, "active")));
  return row;
}

async function latestIn(ctx: AuthedCtx, conversationId: string) {
  const [row] = await ctx.db
    .select()
    .from(s)
    .where(and(eq(s.userId, ctx.actor.userId), eq(s.conversationId, conversationId)))
    .orderBy(desc(s.startedAt), desc(s.id))
    .limit(1);
  return row;
}

/** Counts the running session as active now; null when it went silent or was closed meanwhile. */
async function touch(ctx: AuthedCtx, id: string, now: Date) {
  const [row] = await ctx.db
    .update(s)
    .set({ lastActivityAt: now })
    .where(and(eq(s.id, id), eq(s.status, "active"), gte(s.lastActivityAt, idleBefore(now))))
    .returning();
  return row ?? null;
}

/**
 * Every verb starts here: the conversation must be the caller's, and a session that went silent
 * is closed first, so what follows sees only sessions that are really running.
 */
async function opening(ctx: AuthedCtx, conversationId: string): Promise<Date> {
  await requireConversation(ctx, conversationId);
  const now = clockNow();
  await closeIdleConversationSessions(ctx.db, now, ctx.actor.userId);
  return now;
}

/**
 * Starts learning time in a conversation. A session already running in it is resumed (one tab
 * reloaded, another opened); one running in another conversation is closed now, so the same
 * minute never counts twice.
 */
export async function startConversationSession({
  ctx,
  conversationId,
}: Args): Promise<ConversationSessionResponse> {
  const now = await opening(ctx, conversationId);
  const running = await activeOf(ctx);
  if (running?.conversationId === conversationId) {
    const touched = await touch(ctx, running.id, now);
    if (touched) return toResponse(touched, now, true);
  } else if (running) {
    await closeConversationSession(ctx.db, running.id, now);
  }
  try {
    const [row] = await ctx.db
      .insert(s)
      .values({ userId: ctx.actor.userId, conversationId, startedAt: now, lastActivityAt: now })
      .returning();
    return toResponse(row!, now);
  } catch (error) {
    if (uniqueViolation(error) !== "conversation_sessions_one_active_per_user") throw error;
    // A concurrent start won: answer its session if it is this conversation's.
    const winner = await activeOf(ctx);
    if (winner?.conversationId === conversationId) return toResponse(winner, now, true);
    throw new AppError("conflict", "Another learning session started at the same moment; retry", {
      details: winner ? { active_session_id: winner.id } : {},
    });
  }
}

const noActiveSession = (conversationId: string) =>
  new AppError(
    "conflict",
    "No learning session is running in this conversation (it ended or went idle); start one",
    { details: { conversation_id: conversationId } },
  );

/** The learner is still there: keeps the conversation's running session alive. */
export async function conversationActivity({
  ctx,
  conversationId,
}: Args): Promise<ConversationSessionResponse> {
  const now = await opening(ctx, conversationId);
  const running = await activeOf(ctx);
  if (!running || running.conversationId !== conversationId) throw noActiveSession(conversationId);
  const touched = await touch(ctx, running.id, now);
  if (!touched) throw noActiveSession(conversationId);
  return toResponse(touched, now);
}

/** Ends the conversation's running session; with none running, answers the latest as it is. */
export async function endConversationSession({
  ctx,
  conversationId,
}: Args): Promise<ConversationSessionResponse> {
  await requireConversation(ctx, conversationId);
  const now = clockNow();
  const running = await activeOf(ctx);
  if (running?.conversationId === conversationId) {
    await closeConversationSession(ctx.db, running.id, now);
  }
  const latest = await latestIn(ctx, conversationId);
  if (!latest) throw AppError.notFound("Learning session");
  return toResponse(latest, now);
}

/** The conversation's running (or latest) session and its learning time so far. */
export async function conversationSessionStatus({
  ctx,
  conversationId,
}: Args): Promise<ConversationSessionStatus> {
  const now = await opening(ctx, conversationId);
  const mine = and(eq(s.userId, ctx.actor.userId), eq(s.conversationId, conversationId));
  const [closed] = await ctx.db
    .select({
      n: sql<number>`count(*)::int`,
      seconds: sql<number>`coalesce(sum(${s.durationSeconds}), 0)::int`,
    })
    .from(s)
    .where(and(mine, ne(s.status, "active")));
  const latest = await latestIn(ctx, conversationId);
  const active = latest?.status === "active";
  return {
    conversation_id: conversationId,
    active,
    session: latest ? toResponse(latest, now) : null,
    session_count: (closed?.n ?? 0) + (active ? 1 : 0),
    total_seconds: (closed?.seconds ?? 0) + (active ? countedSeconds(latest, now) : 0),
  };
}
