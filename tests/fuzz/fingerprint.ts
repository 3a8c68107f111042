import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/types";

// What a refused request must leave as it was: every table. A row trigger on each table keeps a
// running sum, per table, of a hash of every row written (added for a row inserted or a row's
// new version, taken away for a row deleted or its old version), inside the writing transaction:
// equal sums, the same rows, so a write that is undone (a reservation released, a transaction
// rolled back) leaves no trace while any net change shows. Reading it is one small query however
// large the tables grow (counting every table before and after each request made the fuzz run
// minutes long). Left out: counters refusals are meant to move (rate limits, failed-login
// counts), and an API key's `last_used_at`, which a key's use writes after the answer (at most
// once a minute). The triggers live only in the test databases.
const SKIPPED_TABLES = new Set(["rate_limit_counters", "__drizzle_migrations"]);

async function rows(db: Db, query: ReturnType<typeof sql>) {
  return rowsOf(await db.execute(query));
}

const installed = new WeakMap<Db, Promise<void>>();

async function install(db: Db) {
  await db.execute(sql`create schema if not exists fuzz`);
  await db.execute(
    sql`create table if not exists fuzz.writes (t text primary key, n numeric not null)`,
  );
  await db.execute(
    sql.raw(`create or replace function fuzz.row_hash(t text, r jsonb) returns numeric language sql as $$
      select hashtextextended(
        (case when t = 'api_keys' then r - 'last_used_at' else r end)::text, 0)::numeric $$`),
  );
  await db.execute(
    sql.raw(`create or replace function fuzz.count_write() returns trigger language plpgsql as $$
      declare
        h numeric := 0;
      begin
        if tg_op <> 'DELETE' then h := h + fuzz.row_hash(tg_table_name, to_jsonb(new)); end if;
        if tg_op <> 'INSERT' then h := h - fuzz.row_hash(tg_table_name, to_jsonb(old)); end if;
        insert into fuzz.writes (t, n) values (tg_table_name, h)
          on conflict (t) do update set n = fuzz.writes.n + excluded.n;
        return null;
      end $$`),
  );
  const tables = (
    await rows(
      db,
      sql`select table_name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  )
    .map((r) => String(r.table_name))
    .filter((t) => !SKIPPED_TABLES.has(t));
  for (const t of tables) {
    const table = `public."${t.replaceAll('"', '""')}"`;
    await db.execute(sql.raw(`drop trigger if exists fuzz_count_write on ${table}`));
    await db.execute(
      sql.raw(`create trigger fuzz_count_write after insert or update or delete on ${table}
        for each row execute function fuzz.count_write()`),
    );
  }
}

/** Equal fingerprints, equal data (for the tables it covers, see above). */
export async function fingerprint(db: Db): Promise<Record<string, string>> {
  let ready = installed.get(db);
  if (!ready) installed.set(db, (ready = install(db)));
  await ready;
  const out: Record<string, string> = {};
  for (const r of await rows(db, sql`select t, n from fuzz.writes where n <> 0 order by t`))
    out[String(r.t)] = String(r.n);
  return out;
}
