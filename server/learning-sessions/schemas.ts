import { z } from "zod";
import { CONVERSATION_SESSION_STATUSES } from "@/db/schema";

const Timestamp = z.iso.datetime().meta({ example: "2026-04-16T10:00:03.000Z" });
const Seconds = z.number().int().min(0);
const Day = z.iso.date().meta({ example: "2026-04-16" });

export const ConversationSessionParams = z.object({
  conversation_id: z.uuid("Not a conversation id"),
});

export const ConversationSessionResponse = z
  .object({
    session_id: z.uuid(),
    conversation_id: z.uuid(),
    status: z.enum(CONVERSATION_SESSION_STATUSES).meta({
      description: "`ended` by the client, `expired` when the server closed it after silence",
    }),
    started_at: Timestamp,
    last_activity_at: Timestamp,
    ended_at: Timestamp.nullable(),
    duration_seconds: Seconds.meta({
      description:
        "Counted so far (active) or in all (closed): from the start to the end or the last activity",
    }),
    activity_interval_seconds: z.number().int().meta({
      description: "Report activity at least this often while the learner is in the conversation",
    }),
    idle_after_seconds: z.number().int().meta({
      description: "Silence after which the server closes the session at its last activity",
    }),
    resumed: z.boolean().meta({
      description: "On start: the conversation already had a running session, and this is it",
    }),
  })
  .meta({ id: "ConversationSessionResponse" });
export type ConversationSessionResponse = z.infer<typeof ConversationSessionResponse>;

export const ConversationSessionStatus = z
  .object({
    conversation_id: z.uuid(),
    active: z.boolean().meta({ description: "A session is running in this conversation now" }),
    session: ConversationSessionResponse.nullable().meta({
      description: "The running session, or the latest one; null before the first",
    }),
    session_count: Seconds,
    total_seconds: Seconds.meta({
      description: "Learning time of every session in this conversation",
    }),
  })
  .meta({ id: "ConversationSessionStatus" });
export type ConversationSessionStatus = z.infer<typeof ConversationSessionStatus>;

export const LearningTimeQuery = z.object({
  from: Day.optional().meta({
    description: "First UTC date counted (default: 29 days before `to`)",
  }),
  to: Day.optional().meta({ description: "Last UTC date counted, inclusive (default: today)" }),
});

const SourceSeconds = {
  conversation_seconds: Seconds,
  live_seconds: Seconds,
  xel_seconds: Seconds,
  total_seconds: Seconds,
};

export const LearningTimeResponse = z
  .object({
    from: Day,
    to: Day,
    ...SourceSeconds,
    days: z
      .array(z.object({ date: Day, ...SourceSeconds }))
      .meta({ description: "Every date from `from` to `to`, oldest first" }),
  })
  .meta({ id: "LearningTimeResponse" });
export type LearningTimeResponse = z.infer<typeof LearningTimeResponse>;
