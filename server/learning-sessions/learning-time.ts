import { and, eq, gte, lt } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { conversationSessions, liveSessions, xelEvaluations, xelSubmissions } from "@/db/schema";
import { billedSeconds } from "@/server/live/metering";
import { now as clockNow } from "@/server/platform/clock";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { countedSeconds } from "./metering";
import type { LearningTimeResponse } from "./schemas";

/** A reported task time counts up to this much (a tab left open is not study). */
export const XEL_REPORTED_CAP_SECONDS = 15 * 60;
/** Without a reported time, the gap since the previous XEL action counts if it is this short… */
export const XEL_GAP_CAP_SECONDS = 5 * 60;
/** …otherwise the action counts this flat minimum. */
export const XEL_FLOOR_SECONDS = 60;
/** The longest range one request may ask for. */
export const MAX_RANGE_DAYS = 366;

const DAY_MS = 86_400_000;
const dateOf = (at: Date) => at.toISOString().slice(0, 10);
const startOf = (day: string) => new Date(`${day}T00:00:00.000Z`);

export type XelAction = { at: Date; reportedSeconds: number | null };

/**
 * XEL time, from the actions' timestamps (docs/learning-time.md): each task submission or
 * writing/speaking evaluation counts the time the client reported for it (at most 15 minutes), or
 * else the gap since the learner's previous XEL action when that is at most 5 minutes (working
 * through a module), or else a flat minute. Answers seconds per action, in the order given.
 */
export function xelSeconds(actions: readonly XelAction[]): number[] {
  const sorted = actions.map((a, i) => ({ ...a, i })).sort((a, b) => +a.at - +b.at);
  const out = new Array<number>(actions.length).fill(0);
  let previous: Date | null = null;
  for (const a of sorted) {
    let seconds: number;
    if (a.reportedSeconds !== null && a.reportedSeconds > 0) {
      seconds = Math.min(XEL_REPORTED_CAP_SECONDS, Math.round(a.reportedSeconds));
    } else {
      const gap: number = previous ? (a.at.getTime() - previous.getTime()) / 1000 : Infinity;
      seconds = gap <= XEL_GAP_CAP_SECONDS ? Math.ceil(gap) : XEL_FLOOR_SECONDS;
    }
    out[a.i] = seconds;
    previous = a.at;
  }
  return out;
}

/** The [from, to] date range asked for, checked; defaults to the 30 days ending today (UTC). */
export function resolveRange(from: string | undefined, to: string | undefined, now: Date) {
  const end = to ?? dateOf(now);
  const start = from ?? dateOf(new Date(startOf(end).getTime() - 29 * DAY_MS));
  if (start > end) {
    throw AppError.validation([{ path: "from", message: "`from` must not be after `to`" }]);
  }
  const days = Math.round((startOf(end).getTime() - startOf(start).getTime()) / DAY_MS) + 1;
  if (days > MAX_RANGE_DAYS) {
    throw AppError.validation([
      { path: "from", message: `Ask for at most ${MAX_RANGE_DAYS} days at a time` },
    ]);
  }
  return { start, end, days };
}

/**
 * The caller's learning time per UTC date: conversation sessions and Live sessions count on the
 * date they started (running ones up to now), XEL actions on the date they happened.
 */
export async function getLearningTime({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: { from?: string; to?: string };
}): Promise<LearningTimeResponse> {
  const now = clockNow();
  const { start, end, days } = resolveRange(input.from, input.to, now);
  const lo = startOf(start);
  const hi = new Date(startOf(end).getTime() + DAY_MS);
  const userId = ctx.actor.userId;
  const table = new Map<string, { conversation: number; live: number; xel: number }>();
  for (let i = 0; i < days; i++) {
    table.set(dateOf(new Date(lo.getTime() + i * DAY_MS)), { conversation: 0, live: 0, xel: 0 });
  }
  // Every source is read the same way: the caller's rows whose time falls in the range.
  const mineInRange = (user: PgColumn, at: PgColumn) =>
    and(eq(user, userId), gte(at, lo), lt(at, hi));
  const add = (at: Date, key: "conversation" | "live" | "xel", seconds: number) => {
    const day = table.get(dateOf(at));
    if (day) day[key] += seconds;
  };

  const conversationRows = await ctx.db
    .select()
    .from(conversationSessions)
    .where(mineInRange(conversationSessions.userId, conversationSessions.startedAt));
  for (const row of conversationRows) add(row.startedAt, "conversation", countedSeconds(row, now));

  const liveRows = await ctx.db
    .select()
    .from(liveSessions)
    .where(mineInRange(liveSessions.userId, liveSessions.startedAt));
  for (const row of liveRows) add(row.startedAt, "live", billedSeconds(row, now));

  // One gap rule across both kinds of action, so a submission right after an evaluation counts
  // only the time between them.
  const submissions = await ctx.db
    .select({ at: xelSubmissions.createdAt, reportedSeconds: xelSubmissions.timeSpentSeconds })
    .from(xelSubmissions)
    .where(mineInRange(xelSubmissions.userId, xelSubmissions.createdAt));
  const evaluations = await ctx.db
    .select({ at: xelEvaluations.createdAt })
    .from(xelEvaluations)
    .where(mineInRange(xelEvaluations.userId, xelEvaluations.createdAt));
  const actions: XelAction[] = [
    ...submissions,
    ...evaluations.map((e) => ({ at: e.at, reportedSeconds: null })),
  ];
  xelSeconds(actions).forEach((seconds, i) => add(actions[i]!.at, "xel", seconds));

  const list = [...table.entries()].map(([date, d]) => ({
    date,
    conversation_seconds: d.conversation,
    live_seconds: d.live,
    xel_seconds: d.xel,
    total_seconds: d.conversation + d.live + d.xel,
  }));
  const sum = (key: keyof (typeof list)[number]) =>
    list.reduce((n, d) => n + (d[key] as number), 0);
  return {
    from: start,
    to: end,
    conversation_seconds: sum("conversation_seconds"),
    live_seconds: sum("live_seconds"),
    xel_seconds: sum("xel_seconds"),
    total_seconds: sum("total_seconds"),
    days: list,
  };
}
