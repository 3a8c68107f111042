import { index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { ts } from "./columns";

/**
 * Fixed-window counters shared by every app instance (failed logins, API keys, chat allowances).
 * One row per (key, window); incremented with a single upsert, so concurrent requests never
 * lose a count.
 */
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text().notNull(),
    windowStart: ts().notNull(),
    count: integer().notNull().default(0),
    expiresAt: ts().notNull(),
  },
  (t) => [
    primaryKey({ name: "rate_limit_counters_pkey", columns: [t.key, t.windowStart] }),
    // Serves the periodic purge of finished windows.
    index("rate_limit_counters_expires_at_idx").on(t.expiresAt),
  ],
);
