import { defineOperation } from "@/server/http/operation";
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

const tag = "Conversations";
const read = { scope: "conversations:read" } as const;
const write = { scope: "conversations:write" } as const;
const base = "/api/core/conversations/{conversation_id}/session";

export const learningSessionOperations = [
  defineOperation({
    operationId: "startConversationSession",
    method: "POST",
    path: `${base}/start`,
    tag,
    summary: "Start learning time in a conversation",
    description:
      "Times come from the server's clock. Report activity every `activity_interval_seconds` " +
      "while the learner is in the conversation; after `idle_after_seconds` of silence the server " +
      "closes the session, counted to its last activity. A session already running in this " +
      "conversation is resumed (`resumed: true`); one running in another conversation is ended " +
      "now, so no minute counts twice.",
    auth: write,
    params: ConversationSessionParams,
    response: {
      status: 201,
      description: "The running session",
      schema: ConversationSessionResponse,
    },
    errors: ["not_found", "conflict"],
    handler: ({ ctx, params }) =>
      startConversationSession({ ctx, conversationId: params.conversation_id }),
  }),
  defineOperation({
    operationId: "conversationSessionActivity",
    method: "POST",
    path: `${base}/activity`,
    tag,
    summary: "Report that the learner is still in the conversation",
    description:
      "Keeps the running session alive. A session that already ended or went idle cannot be " +
      "revived: the answer is `409 conflict`, and the client starts a new one.",
    auth: write,
    params: ConversationSessionParams,
    response: { status: 200, description: "The session", schema: ConversationSessionResponse },
    errors: ["not_found", "conflict"],
    handler: ({ ctx, params }) =>
      conversationActivity({ ctx, conversationId: params.conversation_id }),
  }),
  defineOperation({
    operationId: "endConversationSession",
    method: "POST",
    path: `${base}/end`,
    tag,
    summary: "End learning time in a conversation",
    description:
      "Ends the running session now (or at its last activity if it had gone idle). With none " +
      "running, answers the latest session as it is; `404` before the first.",
    auth: write,
    params: ConversationSessionParams,
    response: { status: 200, description: "The session", schema: ConversationSessionResponse },
    errors: ["not_found"],
    handler: ({ ctx, params }) =>
      endConversationSession({ ctx, conversationId: params.conversation_id }),
  }),
  defineOperation({
    operationId: "getConversationSessionStatus",
    method: "GET",
    path: `${base}/status`,
    tag,
    summary: "Learning time in a conversation",
    description:
      "The running (or latest) session and the learning time of all sessions in the " +
      "conversation. Idle sessions are closed before answering.",
    auth: read,
    params: ConversationSessionParams,
    response: { status: 200, description: "The status", schema: ConversationSessionStatus },
    errors: ["not_found"],
    handler: ({ ctx, params }) =>
      conversationSessionStatus({ ctx, conversationId: params.conversation_id }),
  }),
  defineOperation({
    operationId: "getLearningTime",
    method: "GET",
    path: "/api/xp/learning-time",
    tag: "XP and streaks",
    summary: "Your learning time per day: conversations, Live and Xentree English",
    description:
      "Dates are UTC; `to` is inclusive; at most 366 days. Conversation and Live sessions count " +
      "on the date they started (running ones up to now). XEL time: each task submission or " +
      "evaluation counts the time the client reported for it (at most 15 minutes), else the gap " +
      "since the previous XEL action when at most 5 minutes, else one minute.",
    auth: { scope: ["xel:read", "quiz:read"] },
    query: LearningTimeQuery,
    response: { status: 200, description: "Learning time", schema: LearningTimeResponse },
    errors: [],
    handler: ({ ctx, query }) => getLearningTime({ ctx, input: query }),
  }),
];
