import { sql } from "drizzle-orm";
import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { users } from "./users";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const LIVE_SESSION_TYPES = ["voice", "avatar"] as const;
export type LiveSessionType = (typeof LIVE_SESSION_TYPES)[number];
export const LIVE_SESSION_STATUSES = ["active", "ended", "expired"] as const;
export type LiveSessionStatus = (typeof LIVE_SESSION_STATUSES)[number];

/**
 * A metered Live session. Times come from the server's clock only. While `active` the seconds
 * used are computed from the clock; once closed, `duration_seconds` is what was billed, and the
 * session counts in the month it started in.
 */
export const liveSessions = pgTable(
  "live_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionType: text({ enum: LIVE_SESSION_TYPES }).notNull(),
    status: text({ enum: LIVE_SESSION_STATUSES }).notNull().default("active"),
    startedAt: ts().notNull(),
    lastHeartbeatAt: ts().notNull(),
    endedAt: ts(),
    /** What was left of the month's allowance at the start: the session can never bill more. */
    maxDurationSeconds: integer().notNull(),
    expiresAt: ts().notNull(),
    /** Billed seconds, set when the session closes. */
    durationSeconds: integer(),
  },
  (t) => [
    // At most one active session per user, whoever races: the second start hits this index.
    uniqueIndex("live_sessions_one_active_per_user")
      .on(t.userId)
      .where(sql`status = 'active'`),
    // Serves the month's usage sum of a user.
    index("live_sessions_user_started_idx").on(t.userId, t.startedAt),
    // Serves the idle sweeper: active sessions by their last heartbeat.
    index("live_sessions_active_heartbeat_idx")
      .on(t.lastHeartbeatAt)
      .where(sql`status = 'active'`),
  ],
);

export type LiveSessionRow = typeof liveSessions.$inferSelect;

export type LiveTurn = { role: "user" | "ai"; text: string; timestamp: string };

/** A saved conversation of a Live session; one per session (a retry replaces it). */
export const liveTranscripts = pgTable(
  "live_transcripts",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionId: uuid().references(() => liveSessions.id, { onDelete: "set null" }),
    sessionType: text({ enum: LIVE_SESSION_TYPES }),
    sessionStartedAt: ts().notNull(),
    sessionEndedAt: ts().notNull(),
    turns: jsonb().$type<LiveTurn[]>().notNull(),
    turnCount: integer().notNull(),
    preview: text().notNull(),
    /** Every turn's text, one per line: what search reads. */
    content: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
    search: tsvector().generatedAlwaysAs(sql`to_tsvector('english', content)`),
  },
  (t) => [
    // A retry with the same session replaces the transcript (ON CONFLICT on this index).
    uniqueIndex("live_transcripts_session_key")
      .on(t.sessionId)
      .where(sql`session_id is not null`),
    // Serves the list: a user's transcripts, newest first.
    index("live_transcripts_user_created_idx").on(t.userId, t.createdAt.desc(), t.id.desc()),
    index("live_transcripts_search_idx").using("gin", t.search),
  ],
);

export type LiveTranscriptRow = typeof liveTranscripts.$inferSelect;
