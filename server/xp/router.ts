import { authedProcedure, router } from "@/server/trpc/init";
import { DailyQuests, LearningPulse, StreakStatus, WeeklyActivity, XpProfile } from "./schemas";
import {
  getDailyQuests,
  getLearningPulse,
  getStreakStatus,
  getWeeklyActivity,
  getXpProfile,
} from "./xp";

export const xpRouter = router({
  profile: authedProcedure.output(XpProfile).query(({ ctx }) => getXpProfile({ ctx })),
  streak: authedProcedure.output(StreakStatus).query(({ ctx }) => getStreakStatus({ ctx })),
  weekly: authedProcedure.output(WeeklyActivity).query(({ ctx }) => getWeeklyActivity({ ctx })),
  pulse: authedProcedure.output(LearningPulse).query(({ ctx }) => getLearningPulse({ ctx })),
  quests: authedProcedure.output(DailyQuests).query(({ ctx }) => getDailyQuests({ ctx })),
});
