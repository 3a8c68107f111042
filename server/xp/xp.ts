import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { AuthedCtx, Ctx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { ensureCurriculum } from "@/server/xel/seed";
import { completionCounts, learnerActivity, todaysPractice } from "./activity";
import { addDays, weekday } from "./clock";
import { levelFor } from "./levels";
import type {
  DailyQuests,
  LearningPulse,
  PublicProfile,
  StreakStatus,
  WeeklyActivity,
  XpProfile,
} from "./schemas";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export async function getXpProfile({ ctx }: { ctx: AuthedCtx }): Promise<XpProfile> {
  await ensureCurriculum(ctx.db);
  const a = await learnerActivity(ctx.db, ctx.actor.userId);
  const counts = await completionCounts(ctx.db, ctx.actor.userId);
  return {
    xp_total: a.xpTotal,
    ...levelFor(a.xpTotal),
    xp_today: a.xpByDay.get(a.today) ?? 0,
    current_streak: a.streak.current,
    longest_streak: a.streak.longest,
    tasks_completed: counts.tasksCompleted,
    modules_completed: counts.modulesCompleted,
    timezone: a.zone,
  };
}

export async function getStreakStatus({ ctx }: { ctx: AuthedCtx }): Promise<StreakStatus> {
  const { streak } = await learnerActivity(ctx.db, ctx.actor.userId);
  return {
    current_streak: streak.current,
    longest_streak: streak.longest,
    freezes_available: streak.freezesAvailable,
    freezes_used: streak.freezesUsed,
    last_activity: streak.lastActivity,
    streak_at_risk: streak.atRisk,
  };
}

/** This week, Sunday to Saturday, in the learner's time zone. */
export async function getWeeklyActivity({ ctx }: { ctx: AuthedCtx }): Promise<WeeklyActivity> {
  const a = await learnerActivity(ctx.db, ctx.actor.userId);
  const start = addDays(a.today, -weekday(a.today));
  const days = WEEKDAYS.map((name, i) => {
    const date = addDays(start, i);
    return { date, weekday: name, xp: a.xpByDay.get(date) ?? 0 };
  });
  return {
    timezone: a.zone,
    week_start: start,
    week_end: addDays(start, 6),
    days,
    total_xp: days.reduce((sum, d) => sum + d.xp, 0),
  };
}

/** The last 365 days (today included), for a heatmap. */
export async function getLearningPulse({ ctx }: { ctx: AuthedCtx }): Promise<LearningPulse> {
  const a = await learnerActivity(ctx.db, ctx.actor.userId);
  const start = addDays(a.today, -364);
  const days = Array.from({ length: 365 }, (_, i) => {
    const date = addDays(start, i);
    return { date, xp: a.xpByDay.get(date) ?? 0 };
  });
  return {
    timezone: a.zone,
    start,
    end: a.today,
    days,
    active_days: days.filter((d) => d.xp > 0).length,
    total_xp: days.reduce((sum, d) => sum + d.xp, 0),
  };
}

/**
 * Three goals for today, measured from today's work (local day). They are goals, not a second
 * currency: finishing one awards nothing extra, so XP still means tasks done.
 */
export async function getDailyQuests({ ctx }: { ctx: AuthedCtx }): Promise<DailyQuests> {
  const a = await learnerActivity(ctx.db, ctx.actor.userId);
  const today = await todaysPractice(ctx.db, ctx.actor.userId, a.zone, a.today);
  const quest = (id: string, title: string, goal: number, value: number) => ({
    id,
    title,
    goal,
    progress: Math.min(goal, value),
    completed: value >= goal,
  });
  return {
    date: a.today,
    timezone: a.zone,
    quests: [
      quest("earn-xp", "Earn 30 XP", 30, a.xpByDay.get(a.today) ?? 0),
      quest("correct-tasks", "Answer 3 different tasks correctly", 3, today.correctTasks),
      quest("two-skills", "Practise 2 different skills", 2, today.skills),
    ],
  };
}

/** What anyone may see of a learner: no email, no ids, no name. */
export async function getPublicProfile({
  ctx,
  username,
}: {
  ctx: Ctx;
  username: string;
}): Promise<PublicProfile> {
  const [user] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  if (!user) throw AppError.notFound("Profile");
  await ensureCurriculum(ctx.db);
  const a = await learnerActivity(ctx.db, user.id);
  const counts = await completionCounts(ctx.db, user.id);
  return {
    username: a.username,
    level: levelFor(a.xpTotal).level,
    xp_total: a.xpTotal,
    current_streak: a.streak.current,
    longest_streak: a.streak.longest,
    modules_completed: counts.modulesCompleted,
    member_since: a.memberSince.toISOString().slice(0, 7),
  };
}
