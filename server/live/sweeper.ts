import { and, eq, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { liveSessions } from "@/db/schema";
import { IDLE_AFTER_SECONDS } from "./metering";

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** Billed seconds of a session closing at `end`, as metering.ts counts them (a started second counts). */
export const billedUntil = (end: SQL) =>
  sql`least(${liveSessions.maxDurationSeconds}, greatest(0, ceil(extract(epoch from (${end} - ${liveSessions.startedAt})))))::int`;

/** Before this instant a heartbeat is too old: the session went silent. */
export const idleBefore = (now: Date) =>
  sql`${at(now)} - make_interval(secs => ${IDLE_AFTER_SECONDS})`;

/**
 * Closes every silent active session (of one user, or everyone's), billed to its last heartbeat.
 * One conditional UPDATE: run by any number of instances at once, each session closes once (a
 * second runner's row lock waits, then finds it no longer active).
 */
export async function closeStaleSessions(db: Db, now: Date, userId?: string): Promise<number> {
  const lastBeat = sql`least(${liveSessions.lastHeartbeatAt}, ${liveSessions.expiresAt})`;
  const closed = await db
    .update(liveSessions)
    .set({ status: "expired", endedAt: lastBeat, durationSeconds: billedUntil(lastBeat) })
    .where(
      and(
        eq(liveSessions.status, "active"),
        lt(liveSessions.lastHeartbeatAt, idleBefore(now)),
        userId ? eq(liveSessions.userId, userId) : undefined,
      ),
    )
    .returning({ id: liveSessions.id });
  return closed.length;
}

/** Closes a running session now (its client ended it), or at its last heartbeat if it went silent. */
export async function closeSession(
  db: Db,
  sessionId: string,
  now: Date,
  reason: "ended" | "expired",
): Promise<void> {
  const silent = sql`${liveSessions.lastHeartbeatAt} < ${idleBefore(now)}`;
  const end = sql`least(case when ${silent} then ${liveSessions.lastHeartbeatAt} else ${at(now)} end, ${liveSessions.expiresAt})`;
  await db
    .update(liveSessions)
    .set({
      status: sql`case when ${silent} then 'expired' else ${reason} end`,
      endedAt: end,
      durationSeconds: billedUntil(end),
    })
    .where(and(eq(liveSessions.id, sessionId), eq(liveSessions.status, "active")));
}
