import { defineOperation } from "@/server/http/operation";
import { PageQuery } from "@/server/platform/pagination";
import { setNickname } from "./nickname";
import { getQuota } from "./quota";
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

const tag = "Xentree Live";
const read = { scope: "live:read" } as const;
const write = { scope: "live:write" } as const;

export const liveOperations = [
  defineOperation({
    operationId: "getLiveQuota",
    method: "GET",
    path: "/api/live/quota",
    tag,
    summary: "This month's Live allowance and use",
    description:
      "The period is the UTC calendar month. A session counts, all of it, in the month it " +
      "started in. A session silent for three heartbeat intervals is closed before answering.",
    auth: read,
    response: { status: 200, description: "The quota", schema: LiveQuotaResponse },
    errors: [],
    handler: ({ ctx }) => getQuota({ ctx }),
  }),
  defineOperation({
    operationId: "startLiveSession",
    method: "POST",
    path: "/api/live/session/start",
    tag,
    summary: "Start a Live session",
    description:
      "`max_duration_seconds` is what is left of the month. Send a heartbeat every " +
      "`heartbeat_interval_seconds`; after three missed intervals the server closes the session, " +
      "billed to its last heartbeat. One active session per user.",
    auth: write,
    body: StartSessionRequest,
    response: { status: 201, description: "The new session", schema: LiveSessionResponse },
    errors: ["live_quota_exceeded", "live_session_active"],
    handler: ({ ctx, body }) => startSession({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "liveHeartbeat",
    method: "POST",
    path: "/api/live/session/heartbeat",
    tag,
    summary: "Keep a Live session alive",
    description:
      "Answers the seconds the session may still run. Past its allowance the session is closed " +
      "and the answer is `429 live_quota_exceeded`; a session already closed is `409 conflict`.",
    auth: write,
    body: SessionRequest,
    response: { status: 200, description: "The session", schema: LiveSessionResponse },
    errors: ["not_found", "conflict", "live_quota_exceeded"],
    handler: ({ ctx, body }) => heartbeat({ ctx, sessionId: body.session_id }),
  }),
  defineOperation({
    operationId: "endLiveSession",
    method: "POST",
    path: "/api/live/session/end",
    tag,
    summary: "End a Live session",
    description: "Ending a session that is already over answers it as it is.",
    auth: write,
    body: SessionRequest,
    response: { status: 200, description: "The session", schema: LiveSessionResponse },
    errors: ["not_found"],
    handler: ({ ctx, body }) => endSession({ ctx, sessionId: body.session_id }),
  }),
  defineOperation({
    operationId: "setLiveNickname",
    method: "PUT",
    path: "/api/live/nickname",
    tag,
    summary: "Set the name the Live tutor calls you",
    description: "1–32 characters after trimming, no control characters.",
    auth: write,
    body: NicknameRequest,
    response: { status: 200, description: "The nickname", schema: NicknameResponse },
    errors: [],
    handler: ({ ctx, body }) => setNickname({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "listLiveTranscripts",
    method: "GET",
    path: "/api/live/transcripts",
    tag,
    summary: "Your Live transcripts, newest first",
    auth: read,
    query: PageQuery,
    response: { status: 200, description: "Transcripts", schema: TranscriptPage },
    errors: [],
    handler: ({ ctx, query }) => listTranscripts({ ctx, input: query }),
  }),
  defineOperation({
    operationId: "saveLiveTranscript",
    method: "POST",
    path: "/api/live/transcripts",
    creates: true,
    tag,
    summary: "Save a Live session's transcript",
    description:
      "Saving the same `session_id` again replaces that transcript: retries never duplicate it. " +
      "Every turn's timestamp must lie between `session_started_at` and `session_ended_at`.",
    auth: "bearer",
    body: SaveTranscriptRequest,
    response: { status: 201, description: "The saved transcript", schema: TranscriptResponse },
    errors: ["not_found"],
    handler: ({ ctx, body }) => saveTranscript({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "getLiveTranscript",
    method: "GET",
    path: "/api/live/transcripts/{transcript_id}",
    tag,
    summary: "A transcript with all its turns",
    auth: read,
    params: TranscriptParams,
    response: { status: 200, description: "The transcript", schema: TranscriptResponse },
    errors: ["not_found"],
    handler: ({ ctx, params }) => getTranscript({ ctx, transcriptId: params.transcript_id }),
  }),
];
