import { z } from "zod";
import { LIVE_SESSION_STATUSES, LIVE_SESSION_TYPES } from "@/db/schema";
import { pageOf } from "@/server/platform/pagination";

const Timestamp = z.iso.datetime().meta({ example: "2026-04-16T10:00:03.000Z" });
const Seconds = z.number().int().min(0);
const SessionType = z.enum(LIVE_SESSION_TYPES);

export const LiveQuotaResponse = z
  .object({
    plan: z.string(),
    period_start: Timestamp.meta({ description: "First instant of this UTC calendar month" }),
    period_end: Timestamp.meta({ description: "First instant of the next UTC calendar month" }),
    quota_seconds: Seconds.meta({
      description: "The plan's monthly seconds, or an organization's larger grant",
    }),
    used_seconds: Seconds.meta({ description: "Ended and active sessions started this month" }),
    remaining_seconds: Seconds,
    active_session_id: z.uuid().nullable(),
  })
  .meta({ id: "LiveQuotaResponse" });
export type LiveQuotaResponse = z.infer<typeof LiveQuotaResponse>;

export const StartSessionRequest = z
  .object({ session_type: SessionType })
  .meta({ id: "LiveStartSessionRequest" });
export type StartSessionRequest = z.infer<typeof StartSessionRequest>;

export const SessionRequest = z
  .object({ session_id: z.uuid("Not a session id") })
  .meta({ id: "LiveSessionRequest" });
export type SessionRequest = z.infer<typeof SessionRequest>;

export const LiveSessionResponse = z
  .object({
    session_id: z.uuid(),
    session_type: SessionType,
    status: z.enum(LIVE_SESSION_STATUSES).meta({
      description: "`ended` by the client, `expired` when the server closed it (idle or quota)",
    }),
    started_at: Timestamp,
    last_heartbeat_at: Timestamp,
    ended_at: Timestamp.nullable(),
    duration_seconds: Seconds.meta({ description: "Billed so far (active) or in all (closed)" }),
    max_duration_seconds: Seconds,
    expires_at: Timestamp,
    heartbeat_interval_seconds: z.number().int(),
    remaining_seconds: Seconds.meta({
      description:
        "Active: seconds this session may still run. Closed: what is left of this month's allowance",
    }),
    nickname: z.string().nullable(),
  })
  .meta({ id: "LiveSessionResponse" });
export type LiveSessionResponse = z.infer<typeof LiveSessionResponse>;

// Control characters (and line/paragraph separators) would break the AI's prompt and the page.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

export const NicknameRequest = z
  .object({
    nickname: z
      .string()
      .trim()
      .refine((s) => [...s].length >= 1, "Enter a nickname")
      .refine((s) => [...s].length <= 32, "Use at most 32 characters")
      .refine((s) => !CONTROL.test(s), "Use letters, digits, spaces and punctuation only"),
  })
  .meta({ id: "LiveNicknameRequest" });
export type NicknameRequest = z.infer<typeof NicknameRequest>;
export const NicknameResponse = z.object({ nickname: z.string() }).meta({ id: "LiveNickname" });

export const TranscriptTurn = z
  .object({
    role: z.enum(["user", "ai"]),
    text: z.string().trim().min(1, "Empty turn").max(8000, "Use at most 8,000 characters"),
    timestamp: Timestamp,
  })
  .meta({ id: "TranscriptTurn" });
export type TranscriptTurn = z.infer<typeof TranscriptTurn>;

export const SaveTranscriptRequest = z
  .object({
    session_id: z.uuid("Not a session id").nullable().optional(),
    session_type: SessionType.optional().meta({
      description: "For a transcript without session_id (with one, the session's type is used)",
    }),
    session_started_at: Timestamp,
    session_ended_at: Timestamp,
    transcripts: z.array(TranscriptTurn).max(2000, "At most 2,000 turns"),
  })
  .meta({ id: "SaveLiveTranscriptsRequest" });
export type SaveTranscriptRequest = z.infer<typeof SaveTranscriptRequest>;

const TranscriptSummaryShape = {
  id: z.uuid(),
  session_id: z.uuid().nullable(),
  session_type: SessionType.nullable(),
  session_started_at: Timestamp,
  session_ended_at: Timestamp,
  turn_count: z.number().int(),
  preview: z.string().meta({ description: "The first words of the conversation" }),
  created_at: Timestamp,
  updated_at: Timestamp,
};
export const TranscriptSummary = z
  .object(TranscriptSummaryShape)
  .meta({ id: "LiveTranscriptSummary" });
export type TranscriptSummary = z.infer<typeof TranscriptSummary>;
export const TranscriptPage = pageOf(TranscriptSummary, "LiveTranscriptPage");

export const TranscriptResponse = z
  .object({ ...TranscriptSummaryShape, transcripts: z.array(TranscriptTurn) })
  .meta({ id: "LiveTranscript" });
export type TranscriptResponse = z.infer<typeof TranscriptResponse>;

export const TranscriptParams = z.object({ transcript_id: z.uuid("Not a transcript id") });
