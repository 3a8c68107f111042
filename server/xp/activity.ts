import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  users,
  xelModules,
  xelSubmissions,
  xelTaskProgress,
  xelTasks,
  xpEvents,
} from "@/db/schema";
import { moduleSummaries } from "@/server/xel/progress";
import { AppError } from "@/server/platform/errors";
import { localDate, now, safeTimeZone } from "./clock";
import { computeStreak, type StreakState } from "./streaks";

export type LearnerActivity = {
  username: string;
  memberSince: Date;
  zone: string;
  today: string;
  /** XP per local date (YYYY-MM-DD), only days with XP. */
  xpByDay: Map<string, number>;
  xpTotal: number;
  streak: StreakState;
};

/** Everything XP-related about one learner, with days in their own time zone, as of now(). */
export async function learnerActivity(db: Db, userId: string): Promise<LearnerActivity> {
  const [user] = await db
    .select({ username: users.username, timezone: users.timezone, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw AppError.notFound("User");
  const zone = safeTimeZone(user.timezone);
  const day = sql<string>`to_char(${xpEvents.createdAt} at time zone ${zone}, 'YYYY-MM-DD')`;
  const rows = await db
    .select({ day, xp: sql<number>`sum(${xpEvents.amount})::int` })
    .from(xpEvents)
    .where(eq(xpEvents.userId, userId))
    // By position: the zone is a parameter, so the expression is not textually repeatable.
    .groupBy(sql`1`);
  const xpByDay = new Map(rows.map((r) => [r.day, r.xp]));
  const today = localDate(now(), zone);
  return {
    username: user.username,
    memberSince: user.createdAt,
    zone,
    today,
    xpByDay,
    xpTotal: rows.reduce((sum, r) => sum + r.xp, 0),
    streak: computeStreak([...xpByDay.keys()], today),
  };
}

/** Tasks the learner has completed, and modules whose every current task is completed. */
export async function completionCounts(db: Db, userId: string) {
  const [tasks] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(xelTaskProgress)
    .where(and(eq(xelTaskProgress.userId, userId), isNotNull(xelTaskProgress.completedAt)));
  const modules = await moduleSummaries(db, userId);
  const modulesCompleted = modules.filter((m) => m.status === "completed").length;
  return { tasksCompleted: tasks?.n ?? 0, modulesCompleted };
}

/** What today (local) held: correct tasks and the skills practised, for the daily quests. */
export async function todaysPractice(db: Db, userId: string, zone: string, today: string) {
  const onToday = sql`(${xelSubmissions.createdAt} at time zone ${zone})::date = ${today}::date`;
  const [row] = await db
    .select({
      correctTasks: sql<number>`count(distinct ${xelSubmissions.taskId}) filter (where ${xelSubmissions.isCorrect})::int`,
      skills: sql<number>`count(distinct ${xelModules.skill})::int`,
    })
    .from(xelSubmissions)
    .innerJoin(xelTasks, eq(xelTasks.id, xelSubmissions.taskId))
    .innerJoin(xelModules, eq(xelModules.id, xelTasks.moduleId))
    .where(and(eq(xelSubmissions.userId, userId), onToday));
  return { correctTasks: row?.correctTasks ?? 0, skills: row?.skills ?? 0 };
}
