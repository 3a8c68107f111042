import { timestamp } from "drizzle-orm/pg-core";

/** Every time is a timestamptz with millisecond precision, as the API writes them. */
export const ts = () => timestamp({ withTimezone: true, precision: 3 });
