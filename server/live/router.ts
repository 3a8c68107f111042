import { PageQuery } from "@/server/platform/pagination";
import { authedProcedure, router } from "@/server/trpc/init";
import { setNickname } from "./nickname";
import { getQuota } from "./quota";
import { LiveReplyRequest, LiveReplyResponse, liveReply } from "./reply";
import {
  LiveQuotaResponse,
  LiveSessionResponse,
  NicknameRequest,
  NicknameResponse,
  SaveTranscriptRequest,
  SessionRequest,
  StartSessionRequest,
  TranscriptPage,
  TranscriptParams,
  TranscriptResponse,
} from "./schemas";
import { endSession, heartbeat, startSession } from "./sessions";
import { getTranscript, listTranscripts, saveTranscript } from "./transcripts";

export const liveRouter = router({
  quota: authedProcedure.output(LiveQuotaResponse).query(({ ctx }) => getQuota({ ctx })),
  start: authedProcedure
    .input(StartSessionRequest)
    .output(LiveSessionResponse)
    .mutation(({ ctx, input }) => startSession({ ctx, input })),
  heartbeat: authedProcedure
    .input(SessionRequest)
    .output(LiveSessionResponse)
    .mutation(({ ctx, input }) => heartbeat({ ctx, sessionId: input.session_id })),
  end: authedProcedure
    .input(SessionRequest)
    .output(LiveSessionResponse)
    .mutation(({ ctx, input }) => endSession({ ctx, sessionId: input.session_id })),
  reply: authedProcedure
    .input(LiveReplyRequest)
    .output(LiveReplyResponse)
    .mutation(({ ctx, input }) => liveReply({ ctx, input })),
  setNickname: authedProcedure
    .input(NicknameRequest)
    .output(NicknameResponse)
    .mutation(({ ctx, input }) => setNickname({ ctx, input })),
  transcripts: authedProcedure
    .input(PageQuery)
    .output(TranscriptPage)
    .query(({ ctx, input }) => listTranscripts({ ctx, input })),
  transcript: authedProcedure
    .input(TranscriptParams)
    .output(TranscriptResponse)
    .query(({ ctx, input }) => getTranscript({ ctx, transcriptId: input.transcript_id })),
  saveTranscript: authedProcedure
    .input(SaveTranscriptRequest)
    .output(TranscriptResponse)
    .mutation(({ ctx, input }) => saveTranscript({ ctx, input })),
});
