import { authedProcedure, router } from "@/server/trpc/init";
import {
  EngagementQuery,
  EngagementResponse,
  MembersQuery,
  MemberStatsPage,
  UserStatsParams,
  UserStatsQuery,
  UserStatsResponse,
} from "./schemas";
import { getEngagement, getUserStats, listMemberStats } from "./stats";

export const adminStatsRouter = router({
  engagement: authedProcedure
    .input(EngagementQuery)
    .output(EngagementResponse)
    .query(({ ctx, input }) => getEngagement({ ctx, input })),
  member: authedProcedure
    .input(UserStatsQuery.extend(UserStatsParams.shape))
    .output(UserStatsResponse)
    .query(({ ctx, input }) => getUserStats({ ctx, userId: input.user_id, input })),
  members: authedProcedure
    .input(MembersQuery.omit({ format: true }))
    .output(MemberStatsPage)
    .query(({ ctx, input }) => listMemberStats({ ctx, input })),
});
