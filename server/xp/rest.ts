import { defineOperation } from "@/server/http/operation";
import {
  DailyQuests,
  LearningPulse,
  PublicProfile,
  PublicProfileParams,
  StreakStatus,
  WeeklyActivity,
  XpProfile,
} from "./schemas";
import {
  getDailyQuests,
  getLearningPulse,
  getPublicProfile,
  getStreakStatus,
  getWeeklyActivity,
  getXpProfile,
} from "./xp";

const tag = "XP and streaks";
const read = { scope: ["xel:read", "quiz:read"] } as const;

export const xpOperations = [
  defineOperation({
    operationId: "getXpProfile",
    method: "GET",
    path: "/api/xp/profile",
    tag,
    summary: "Your XP, level and streak",
    description:
      "Reaching level n takes 50·n·(n−1) XP in all (level 2 at 100, 3 at 300, 4 at 600).",
    auth: read,
    response: { status: 200, description: "The profile", schema: XpProfile },
    errors: [],
    handler: ({ ctx }) => getXpProfile({ ctx }),
  }),
  defineOperation({
    operationId: "getStreakStatus",
    method: "GET",
    path: "/api/xp/streak-status",
    tag,
    summary: "Your streak, freezes and whether today still needs XP",
    description:
      "A day with earned XP (in your time zone) extends the streak. Every 7th day of a streak " +
      "earns a freeze (at most 2 held); each missed day uses one, and a gap longer than the freezes " +
      "held ends the streak.",
    auth: read,
    response: { status: 200, description: "The streak", schema: StreakStatus },
    errors: [],
    handler: ({ ctx }) => getStreakStatus({ ctx }),
  }),
  defineOperation({
    operationId: "getWeeklyActivity",
    method: "GET",
    path: "/api/xp/weekly-activity",
    tag,
    summary: "XP per day of this week, Sunday to Saturday, in your time zone",
    auth: read,
    response: { status: 200, description: "This week", schema: WeeklyActivity },
    errors: [],
    handler: ({ ctx }) => getWeeklyActivity({ ctx }),
  }),
  defineOperation({
    operationId: "getLearningPulse",
    method: "GET",
    path: "/api/xp/learning-pulse",
    tag,
    summary: "XP per day over the last 365 days",
    auth: read,
    response: { status: 200, description: "The last year", schema: LearningPulse },
    errors: [],
    handler: ({ ctx }) => getLearningPulse({ ctx }),
  }),
  defineOperation({
    operationId: "getDailyQuests",
    method: "GET",
    path: "/api/xp/daily-quests",
    tag,
    summary: "Today's goals and your progress on them",
    description: "Quests are goals measured from today's work; completing one awards no extra XP.",
    auth: read,
    response: { status: 200, description: "Today's quests", schema: DailyQuests },
    errors: [],
    handler: ({ ctx }) => getDailyQuests({ ctx }),
  }),
  defineOperation({
    operationId: "getPublicXpProfile",
    method: "GET",
    path: "/api/xp/public-profile/{username}",
    tag,
    summary: "A learner's public profile",
    description:
      "Public: no sign-in needed. Only the username, level, XP, streaks, modules completed and month joined.",
    auth: "none",
    params: PublicProfileParams,
    response: { status: 200, description: "The public profile", schema: PublicProfile },
    errors: ["not_found"],
    handler: ({ ctx, params }) => getPublicProfile({ ctx, username: params.username }),
  }),
];
