import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

// What a refused request must leave as it was: every table. Per table, the row count and the
// newest row version's transaction id (xmin): an insert or update writes a newer xmin, a delete
// lowers the count, so any write shows, without serializing rows. Left out: counters refusals
// are meant to move (rate limits, failed-login counts). API keys are compared row by row without
// `last_used_at`, which a key's use writes after the answer (at most once a minute).
const SKIPPED_TABLES = new Set(["rate_limit_counters", "__drizzle_migrations", "api_keys"]);

async function rows(db: Db, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const result = (await db.execute(query)) as unknown;
  return Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows;
}

let tables: string[] | undefined;

/** Equal fingerprints, equal data (for the tables it covers, see above). */
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
  const parts = [
    ...tables.map(
      (t) =>
        sql`select ${t} as t, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as h from ${sql.identifier(t)}`,
    ),
    sql`select 'api_keys' as t, md5(coalesce(string_agg((to_jsonb(k) - 'last_used_at')::text, ',' order by k.id), '')) as h from api_keys k`,
  ];
  const out: Record<string, string> = {};
  for (const r of await rows(db, sql.join(parts, sql` union all `))) out[String(r.t)] = String(r.h);
  return out;
}
