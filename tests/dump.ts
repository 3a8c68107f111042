import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/types";

/**
 * Every row of every table of the app's schema, as text: what a database dump would show.
 * `unsealed` is the same text with the integration secret box's values (`v1.<iv>.<tag>.<ct>`)
 * set aside: they are random base64url and can spell any pattern ("eyJ…") by chance.
 */
export async function dumpAsText(db: Db) {
  const tables = rowsOf(
    await db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    ),
  ).map((r) => String(r.table_name));
  const parts: string[] = [];
  for (const table of tables) {
    const rows = rowsOf(await db.execute(sql.raw(`select t::text as row from "${table}" t`)));
    parts.push(...rows.map((r) => `${table}: ${String(r.row)}`));
  }
  const text = parts.join("\n");
  const unsealed = text.replace(
    /v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*/g,
    "<sealed>",
  );
  return { tables, text, unsealed };
}
