import { and, eq, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { conversationSessions } from "@/db/schema";
import { IDLE_AFTER_SECONDS, MAX_SESSION_SECONDS } from "./metering";

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
const s = conversationSessions;

/** Seconds of a session closing at `end`, as metering.ts counts them. */
const countedUntil = (end: SQL) =>
  sql`least(${MAX_SESSION_SECONDS}, greatest(0, ceil(extract(epoch from (${end} - ${s.startedAt})))))::int`;

/** Before this instant the last activity is too old: the session went silent. */
export const idleBefore = (now: Date) =>
  sql`${at(now)} - make_interval(secs => ${IDLE_AFTER_SECONDS})`;

/**
 * Closes every silent active session (of one user, or everyone's), counted to its last activity.
 * One conditional UPDATE, so any number of instances may run it at once.
 */
export async function closeIdleConversationSessions(
  db: Db,
  now: Date,
  userId?: string,
): Promise<number> {
  const closed = await db
    .update(s)
    .set({
      status: "expired",
      endedAt: sql`${s.lastActivityAt}`,
      durationSeconds: countedUntil(sql`${s.lastActivityAt}`),
    })
    .where(
      and(
        eq(s.status, "active"),
        lt(s.lastActivityAt, idleBefore(now)),
        userId ? eq(s.userId, userId) : undefined,
      ),
    )
    .returning({ id: s.id });
  return closed.length;
}

/** Closes a running session now (its client ended it), or at its last activity if it went silent. */
export async function closeConversationSession(
  db: Db,
  sessionId: string,
  now: Date,
): Promise<void> {
  const silent = sql`${s.lastActivityAt} < ${idleBefore(now)}`;
  const end = sql`case when ${silent} then ${s.lastActivityAt} else ${at(now)} end`;
  await db
    .update(s)
    .set({
      status: sql`case when ${silent} then 'expired' else 'ended' end`,
      endedAt: end,
      durationSeconds: countedUntil(end),
    })
    .where(and(eq(s.id, sessionId), eq(s.status, "active")));
}
