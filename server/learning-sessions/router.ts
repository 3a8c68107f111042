import { authedProcedure, router } from "@/server/trpc/init";
import { getLearningTime } from "./learning-time";
import {
  ConversationSessionParams,
  ConversationSessionResponse,
  ConversationSessionStatus,
  LearningTimeQuery,
  LearningTimeResponse,
} from "./schemas";
import {
  conversationActivity,
  conversationSessionStatus,
  endConversationSession,
  startConversationSession,
} from "./sessions";

const args = (ctx: Parameters<typeof startConversationSession>[0]["ctx"], id: string) => ({
  ctx,
  conversationId: id,
});

export const learningSessionsRouter = router({
  start: authedProcedure
    .input(ConversationSessionParams)
    .output(ConversationSessionResponse)
    .mutation(({ ctx, input }) => startConversationSession(args(ctx, input.conversation_id))),
  activity: authedProcedure
    .input(ConversationSessionParams)
    .output(ConversationSessionResponse)
    .mutation(({ ctx, input }) => conversationActivity(args(ctx, input.conversation_id))),
  end: authedProcedure
    .input(ConversationSessionParams)
    .output(ConversationSessionResponse)
    .mutation(({ ctx, input }) => endConversationSession(args(ctx, input.conversation_id))),
  status: authedProcedure
    .input(ConversationSessionParams)
    .output(ConversationSessionStatus)
    .query(({ ctx, input }) => conversationSessionStatus(args(ctx, input.conversation_id))),
  learningTime: authedProcedure
    .input(LearningTimeQuery)
    .output(LearningTimeResponse)
    .query(({ ctx, input }) => getLearningTime({ ctx, input })),
});
