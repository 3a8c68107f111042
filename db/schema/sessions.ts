import { index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { users } from "./users";

/**
 * A signed-in session: one per REST login or browser sign-in. Access tokens and the browser's
 * Auth.js cookie carry its id, and every authenticated request checks it is still live, so a
 * logout or a detected refresh-token theft stops every token of the session at once.
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text({ enum: ["api", "browser"] }).notNull(),
    createdAt: ts().notNull().defaultNow(),
    expiresAt: ts().notNull(),
    revokedAt: ts(),
    revokedReason: text(),
    ipAddress: text(),
    userAgent: text(),
  },
  (t) => [index("auth_sessions_user_id_idx").on(t.userId)],
);

/**
 * Opaque refresh tokens, stored only as SHA-256 hashes. Each is used once: refreshing marks it
 * used and issues its successor; presenting a used one again revokes the whole session.
 */
export const refreshTokens = pgTable(
  "refresh_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => authSessions.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
    expiresAt: ts().notNull(),
    usedAt: ts(),
  },
  (t) => [
    // Serves the one lookup a refresh makes.
    uniqueIndex("refresh_tokens_token_hash_key").on(t.tokenHash),
    index("refresh_tokens_session_id_idx").on(t.sessionId),
  ],
);

export type AuthSessionRow = typeof authSessions.$inferSelect;
