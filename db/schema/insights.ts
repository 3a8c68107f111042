import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { conversations } from "./conversations";
import { users } from "./users";

export const CONVERSATION_SESSION_STATUSES = ["active", "ended", "expired"] as const;
export type ConversationSessionStatus = (typeof CONVERSATION_SESSION_STATUSES)[number];

/**
 * Learning time spent in one conversation, by the server's clock (docs/learning-time.md). While
 * `active` the seconds are computed from the clock; a session whose client went silent is closed
 * at its last activity; once closed, `duration_seconds` is what counts. One active session per
 * user: starting one in another conversation closes the previous one.
 */
export const conversationSessions = pgTable(
  "conversation_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    status: text({ enum: CONVERSATION_SESSION_STATUSES }).notNull().default("active"),
    startedAt: ts().notNull(),
    lastActivityAt: ts().notNull(),
    endedAt: ts(),
    durationSeconds: integer(),
  },
  (t) => [
    uniqueIndex("conversation_sessions_one_active_per_user")
      .on(t.userId)
      .where(sql`status = 'active'`),
    index("conversation_sessions_user_started_idx").on(t.userId, t.startedAt),
    index("conversation_sessions_conversation_idx").on(t.conversationId, t.startedAt),
    index("conversation_sessions_active_activity_idx")
      .on(t.lastActivityAt)
      .where(sql`status = 'active'`),
  ],
);

export type ConversationSessionRow = typeof conversationSessions.$inferSelect;

/**
 * Platform administrators granted by the CLI (`npm run admin:grant`); PLATFORM_ADMIN_EMAILS names
 * more by configuration. No API call writes this table.
 */
export const platformAdmins = pgTable("platform_admins", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  grantedBy: text().notNull(),
  grantedAt: ts().notNull().defaultNow(),
});

export const SEARCH_REINDEX_STATUSES = ["queued", "running", "done", "failed"] as const;

/** One requested rebuild of the search index, and how it went (kept: the status shows the last). */
export const searchReindexRuns = pgTable(
  "search_reindex_runs",
  {
    id: uuid().primaryKey().defaultRandom(),
    requestedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    status: text({ enum: SEARCH_REINDEX_STATUSES }).notNull().default("queued"),
    documentsTotal: integer().notNull().default(0),
    documentsIndexed: integer().notNull().default(0),
    error: text(),
    requestedAt: ts().notNull().defaultNow(),
    startedAt: ts(),
    finishedAt: ts(),
  },
  (t) => [
    index("search_reindex_runs_requested_idx").on(t.requestedAt),
    uniqueIndex("search_reindex_runs_one_pending")
      .on(sql`(true)`)
      .where(sql`status in ('queued', 'running')`),
  ],
);

export type SearchReindexRunRow = typeof searchReindexRuns.$inferSelect;
