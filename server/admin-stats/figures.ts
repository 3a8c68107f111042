import {
  and,
  count,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  max,
  sql,
  type SQL,
} from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  conversationSessions,
  liveSessions,
  messages,
  xelEvaluations,
  xelModules,
  xelSubmissions,
  xelTaskProgress,
  xelTasks,
  xpEvents,
} from "@/db/schema";
import { IDLE_AFTER_SECONDS, MAX_SESSION_SECONDS } from "@/server/learning-sessions/metering";
import { IDLE_AFTER_SECONDS as LIVE_IDLE_AFTER_SECONDS } from "@/server/live/metering";

/** What one member did on one UTC date. */
export type UserDay = {
  xp: number;
  tasksSubmitted: number;
  tasksCompleted: number;
  evaluations: number;
  liveSeconds: number;
  learningSeconds: number;
  /** Any learning activity at all (a chat message counts, though it has no figure of its own). */
  active: boolean;
};

export const emptyDay = (): UserDay => ({
  xp: 0,
  tasksSubmitted: 0,
  tasksCompleted: 0,
  evaluations: 0,
  liveSeconds: 0,
  learningSeconds: 0,
  active: false,
});

const dayOf = (column: PgColumn | SQL) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Per member and UTC date in [lo, hi): XP, tasks, evaluations, Live and conversation seconds.
 * Sessions count on the date they started; running ones up to now (or their last sign of life).
 * Keyed `${userId} ${date}`.
 */
export async function userDays(
  db: Db,
  userIds: SQL | string[],
  lo: Date,
  hi: Date,
  now: Date,
): Promise<Map<string, UserDay>> {
  const map = new Map<string, UserDay>();
  const cell = (userId: string, day: string) => {
    const key = `${userId} ${day}`;
    let d = map.get(key);
    if (!d) map.set(key, (d = emptyDay()));
    d.active = true;
    return d;
  };
  const inRange = (column: PgColumn) => and(gte(column, lo), lt(column, hi));
  const scoped = (column: PgColumn) => inArray(column, userIds);
  const n = sql<number>`count(*)::int`;

  const xp = await db
    .select({
      u: xpEvents.userId,
      day: dayOf(xpEvents.createdAt),
      v: sql<number>`sum(${xpEvents.amount})::int`,
    })
    .from(xpEvents)
    .where(and(scoped(xpEvents.userId), inRange(xpEvents.createdAt)))
    .groupBy(sql`1`, sql`2`);
  for (const r of xp) cell(r.u, r.day).xp += r.v;

  const submitted = await db
    .select({ u: xelSubmissions.userId, day: dayOf(xelSubmissions.createdAt), v: n })
    .from(xelSubmissions)
    .where(and(scoped(xelSubmissions.userId), inRange(xelSubmissions.createdAt)))
    .groupBy(sql`1`, sql`2`);
  for (const r of submitted) cell(r.u, r.day).tasksSubmitted += r.v;

  const completed = await db
    .select({ u: xelTaskProgress.userId, day: dayOf(xelTaskProgress.completedAt), v: n })
    .from(xelTaskProgress)
    .where(and(scoped(xelTaskProgress.userId), inRange(xelTaskProgress.completedAt)))
    .groupBy(sql`1`, sql`2`);
  for (const r of completed) cell(r.u, r.day).tasksCompleted += r.v;

  const evaluated = await db
    .select({ u: xelEvaluations.userId, day: dayOf(xelEvaluations.createdAt), v: n })
    .from(xelEvaluations)
    .where(and(scoped(xelEvaluations.userId), inRange(xelEvaluations.createdAt)))
    .groupBy(sql`1`, sql`2`);
  for (const r of evaluated) cell(r.u, r.day).evaluations += r.v;

  // Live: billed seconds once closed; a running session up to now, or its last heartbeat if silent.
  const ls = liveSessions;
  const liveEnd = sql`case when ${ls.lastHeartbeatAt} < ${at(now)} - make_interval(secs => ${LIVE_IDLE_AFTER_SECONDS}) then ${ls.lastHeartbeatAt} else ${at(now)} end`;
  const live = await db
    .select({
      u: ls.userId,
      day: dayOf(ls.startedAt),
      v: sql<number>`sum(case when ${ls.status} = 'active'
        then least(${ls.maxDurationSeconds}, greatest(0, ceil(extract(epoch from (${liveEnd} - ${ls.startedAt})))))
        else coalesce(${ls.durationSeconds}, 0) end)::int`,
    })
    .from(ls)
    .where(and(scoped(ls.userId), inRange(ls.startedAt)))
    .groupBy(sql`1`, sql`2`);
  for (const r of live) cell(r.u, r.day).liveSeconds += r.v;

  const cs = conversationSessions;
  const csEnd = sql`case when ${cs.lastActivityAt} < ${at(now)} - make_interval(secs => ${IDLE_AFTER_SECONDS}) then ${cs.lastActivityAt} else ${at(now)} end`;
  const learning = await db
    .select({
      u: cs.userId,
      day: dayOf(cs.startedAt),
      v: sql<number>`sum(case when ${cs.status} = 'active'
        then least(${MAX_SESSION_SECONDS}, greatest(0, ceil(extract(epoch from (${csEnd} - ${cs.startedAt})))))
        else coalesce(${cs.durationSeconds}, 0) end)::int`,
    })
    .from(cs)
    .where(and(scoped(cs.userId), inRange(cs.startedAt)))
    .groupBy(sql`1`, sql`2`);
  for (const r of learning) cell(r.u, r.day).learningSeconds += r.v;

  const chatted = await db
    .select({ u: messages.userId, day: dayOf(messages.createdAt) })
    .from(messages)
    .where(and(scoped(messages.userId), eq(messages.role, "user"), inRange(messages.createdAt)))
    .groupBy(sql`1`, sql`2`);
  for (const r of chatted) cell(r.u, r.day);
  return map;
}

/** Each member's latest learning activity, all time. */
export async function lastActivity(db: Db, userIds: SQL | string[]): Promise<Map<string, Date>> {
  const latest = new Map<string, Date>();
  const note = (rows: { u: string; at: Date | string | null }[]) => {
    for (const r of rows) {
      if (!r.at) continue;
      const when = new Date(r.at);
      const seen = latest.get(r.u);
      if (!seen || when > seen) latest.set(r.u, when);
    }
  };
  const sources: [PgColumn, PgColumn, SQL | undefined][] = [
    [xpEvents.userId, xpEvents.createdAt, undefined],
    [xelSubmissions.userId, xelSubmissions.createdAt, undefined],
    [xelEvaluations.userId, xelEvaluations.createdAt, undefined],
    [liveSessions.userId, liveSessions.lastHeartbeatAt, undefined],
    [conversationSessions.userId, conversationSessions.lastActivityAt, undefined],
    [messages.userId, messages.createdAt, eq(messages.role, "user")],
  ];
  for (const [user, time, extra] of sources) {
    note(
      (await db
        .select({ u: user, at: max(time) })
        .from(user.table)
        .where(and(inArray(user, userIds), extra))
        .groupBy(user)) as { u: string; at: Date | null }[],
    );
  }
  return latest;
}

/** Modules whose every current task each member has completed (as the course page counts them). */
export async function modulesCompleted(
  db: Db,
  userIds: SQL | string[],
): Promise<Map<string, number>> {
  const taskCount = db
    .select({ moduleId: xelTasks.moduleId, tasks: count().as("tasks") })
    .from(xelTasks)
    .innerJoin(xelModules, and(eq(xelModules.id, xelTasks.moduleId), isNull(xelModules.retiredAt)))
    .where(isNull(xelTasks.retiredAt))
    .groupBy(xelTasks.moduleId)
    .as("task_count");
  const done = db
    .select({
      userId: xelTaskProgress.userId,
      moduleId: xelTasks.moduleId,
      completed: count().as("completed"),
    })
    .from(xelTaskProgress)
    .innerJoin(xelTasks, and(eq(xelTasks.id, xelTaskProgress.taskId), isNull(xelTasks.retiredAt)))
    .where(and(inArray(xelTaskProgress.userId, userIds), isNotNull(xelTaskProgress.completedAt)))
    .groupBy(xelTaskProgress.userId, xelTasks.moduleId)
    .as("done");
  const rows = await db
    .select({ u: done.userId, n: sql<number>`count(*)::int` })
    .from(done)
    .innerJoin(taskCount, eq(taskCount.moduleId, done.moduleId))
    .where(sql`${done.completed} >= ${taskCount.tasks}`)
    .groupBy(done.userId);
  return new Map(rows.map((r) => [r.u, r.n]));
}
