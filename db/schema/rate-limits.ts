import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Fixed-window counters shared by every app instance (failed logins now, API keys later).
 * One row per (key, window); incremented with a single upsert, so concurrent requests never
 * lose a count.
 */
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    count: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    primaryKey({ name: "rate_limit_counters_pkey", columns: [t.key, t.windowStart] }),
    // Serves the periodic purge of finished windows.
    index("rate_limit_counters_expires_at_idx").on(t.expiresAt),
  ],
);
