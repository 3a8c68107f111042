import { sql } from "drizzle-orm";
import { pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";

const timestamps = {
  createdAt: ts().notNull().defaultNow(),
  updatedAt: ts().notNull().defaultNow(),
};

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lowercased: the address is the identity, not its spelling. */
    email: text().notNull(),
    /** Kept as typed for display; unique regardless of case. */
    username: text().notNull(),
    passwordHash: text().notNull(),
    fullName: text(),
    preferredLanguage: text().notNull().default("en"),
    timezone: text().notNull().default("UTC"),
    liveNickname: text(),
    plan: text().notNull().default("free"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    // Serves login by username and the case-insensitive uniqueness check.
    uniqueIndex("users_username_lower_key").on(sql`lower(${t.username})`),
  ],
);

export type UserRow = typeof users.$inferSelect;
