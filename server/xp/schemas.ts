import { z } from "zod";

const Day = z.iso.date().meta({ example: "2026-04-16" });
const Int = z.number().int();

const LevelFields = {
  xp_total: Int,
  level: Int,
  xp_into_level: Int.meta({ description: "XP earned since this level began" }),
  xp_for_next_level: Int.meta({ description: "XP this level takes in all" }),
  next_level_at: Int.meta({ description: "Total XP at which the next level begins" }),
};

export const XpProfile = z
  .object({
    ...LevelFields,
    xp_today: Int,
    current_streak: Int,
    longest_streak: Int,
    tasks_completed: Int,
    modules_completed: Int,
    timezone: z.string(),
  })
  .meta({ id: "XPProfile" });
export type XpProfile = z.infer<typeof XpProfile>;

export const StreakStatus = z
  .object({
    current_streak: Int,
    longest_streak: Int,
    freezes_available: Int,
    freezes_used: Int,
    last_activity: Day.nullable().meta({ description: "The last local date with XP" }),
    streak_at_risk: z
      .boolean()
      .meta({ description: "The streak is alive but today has no XP yet" }),
  })
  .meta({ id: "StreakStatus" });
export type StreakStatus = z.infer<typeof StreakStatus>;

const DayXp = z.object({ date: Day, xp: Int });

export const WeeklyActivity = z
  .object({
    timezone: z.string(),
    week_start: Day.meta({ description: "Sunday" }),
    week_end: Day.meta({ description: "Saturday" }),
    days: z.array(DayXp.extend({ weekday: z.string() })),
    total_xp: Int,
  })
  .meta({ id: "WeeklyActivity" });
export type WeeklyActivity = z.infer<typeof WeeklyActivity>;

export const LearningPulse = z
  .object({
    timezone: z.string(),
    start: Day,
    end: Day,
    days: z.array(DayXp).meta({ description: "365 days, oldest first, today last" }),
    active_days: Int,
    total_xp: Int,
  })
  .meta({ id: "LearningPulse" });
export type LearningPulse = z.infer<typeof LearningPulse>;

export const DailyQuests = z
  .object({
    date: Day,
    timezone: z.string(),
    quests: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        goal: Int,
        progress: Int,
        completed: z.boolean(),
      }),
    ),
  })
  .meta({ id: "DailyQuests" });
export type DailyQuests = z.infer<typeof DailyQuests>;

export const PublicProfileParams = z.object({ username: z.string().min(1).max(64) });

export const PublicProfile = z
  .object({
    username: z.string(),
    level: Int,
    xp_total: Int,
    current_streak: Int,
    longest_streak: Int,
    modules_completed: Int,
    member_since: z.string().meta({ description: "Year and month, YYYY-MM", example: "2026-04" }),
  })
  .meta({ id: "PublicXPProfile" });
export type PublicProfile = z.infer<typeof PublicProfile>;
