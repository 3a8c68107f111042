import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { organizations } from "./organizations";
import { users } from "./users";

/** Postgres full-text vectors; always generated from the row's own text. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const conversations = pgTable(
  "conversations",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Set when the conversation belongs to an organization's work (and for API keys, always). */
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    title: text(),
    provider: text(),
    model: text(),
    messageCount: integer().notNull().default(0),
    lastMessageAt: ts(),
    /** Newest activity, for the list: the last message, or creation. */
    activityAt: ts().notNull().defaultNow(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    // Serves the conversation list: a user's, newest activity first, keyset-paginated.
    index("conversations_user_activity_idx").on(t.userId, t.activityAt.desc(), t.id.desc()),
  ],
);

export const MESSAGE_STATUSES = ["streaming", "complete", "failed"] as const;

export const messages = pgTable(
  "messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    /** The conversation's owner, repeated so search can filter without a join. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text({ enum: ["user", "assistant"] }).notNull(),
    content: text().notNull(),
    provider: text(),
    model: text(),
    citations: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** An answer is `streaming` while it is written, so a reloaded page can show it growing. */
    status: text({ enum: MESSAGE_STATUSES }).notNull().default("complete"),
    /** Set by the stop button; the writer sees it at its next save and ends the answer there. */
    stopRequested: boolean().notNull().default(false),
    usage: jsonb(),
    createdAt: ts().notNull().defaultNow(),
    search: tsvector().generatedAlwaysAs(sql`to_tsvector('english', content)`),
  },
  (t) => [
    // Serves a conversation's messages, oldest first.
    index("messages_conversation_created_idx").on(t.conversationId, t.createdAt, t.id),
    index("messages_user_id_idx").on(t.userId),
    index("messages_search_idx").using("gin", t.search),
    // Serves the sweep for answers a dead process left streaming (few rows, so a small index).
    index("messages_streaming_idx")
      .on(t.createdAt)
      .where(sql`status = 'streaming'`),
  ],
);

export const notes = pgTable(
  "notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    conversationId: uuid().references(() => conversations.id, { onDelete: "set null" }),
    title: text().notNull(),
    content: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
    search: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', content), 'B')`,
    ),
  },
  (t) => [
    // Serves a user's notes, most recently changed first.
    index("notes_user_updated_idx").on(t.userId, t.updatedAt.desc(), t.id.desc()),
    index("notes_conversation_id_idx").on(t.conversationId),
    index("notes_search_idx").using("gin", t.search),
  ],
);

export type ConversationRow = typeof conversations.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
export type NoteRow = typeof notes.$inferSelect;
