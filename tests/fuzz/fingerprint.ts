import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

// What a refused request must leave as it was: every table, row for row. Left out: counters that
// refusals are meant to move (rate limits, failed-login counts) and bookkeeping written after the
// answer (an API key's last use).
const SKIPPED_TABLES = new Set(["rate_limit_counters", "__drizzle_migrations"]);
const VOLATILE_COLUMNS = ["last_used_at"];

async function rows(db: Db, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const result = (await db.execute(query)) as unknown;
  return Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows;
}

let tables: string[] | undefined;

/** One hash per table of the public schema: equal fingerprints, equal data. */
export async function fingerprint(db: Db): Promise<Record<string, string>> {
  tables ??= (
    await rows(
      db,
      sql`select table_name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  )
    .map((r) => String(r.table_name))
    .filter((t) => !SKIPPED_TABLES.has(t));
  const parts = tables.map(
    (t) =>
      sql`select ${t} as t, md5(coalesce(string_agg((to_jsonb(x) - ${sql.raw(
        `array[${VOLATILE_COLUMNS.map((c) => `'${c}'`).join(",")}]`,
      )})::text, ',' order by (to_jsonb(x) - ${sql.raw(
        `array[${VOLATILE_COLUMNS.map((c) => `'${c}'`).join(",")}]`,
      )})::text), '')) as h from ${sql.identifier(t)} x`,
  );
  const out: Record<string, string> = {};
  for (const r of await rows(db, sql.join(parts, sql` union all `))) out[String(r.t)] = String(r.h);
  return out;
}
