import { mkdirSync } from "node:fs";
import path from "node:path";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { getEnv } from "@/server/platform/env";
import { listenForCredentialChanges } from "@/server/auth/credential-listener";
import { lockDataFolder } from "./pglite-lock";
import * as schema from "./schema";
import type { Db } from "./types";

export type { Db } from "./types";

export type Database = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any constant works; it only has to be the same for every instance migrating one database.
const MIGRATION_LOCK_ID = 7_270_411;

/**
 * Opens a database and applies the committed migrations.
 * `url`: a PostgreSQL server. Otherwise PGlite: in `dir`, or in memory when `dir` is undefined.
 */
export async function openDatabase(options: { url?: string; dir?: string }): Promise<Database> {
  if (options.url) return openPostgres(options.url);
  return openPglite(options.dir);
}

async function openPostgres(url: string): Promise<Database> {
  // Migrate on one dedicated connection holding an advisory lock, so instances starting together
  // on one database apply each migration once.
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migratePostgres(drizzlePostgres({ client: admin }), { migrationsFolder });
    await admin`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
  } finally {
    await admin.end();
  }
  let onNotice = (_notice: { message?: string }) => {};
  const client = postgres(url, {
    max: 10,
    // The credential triggers' notice: the writer's own instance forgets at once (see
    // server/auth/credential-cache.ts); other notices are not wanted.
    onnotice: (notice) => onNotice(notice),
    // No request holds a connection for long: a runaway statement, or a transaction left open by
    // a handler that died, is ended by the server instead of starving the pool.
    connection: { statement_timeout: 30_000, idle_in_transaction_session_timeout: 60_000 },
  });
  const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Db;
  const { stop: stopListening, onNotice: credentialNotice } = listenForCredentialChanges(db, {
    url,
  });
  onNotice = credentialNotice;
  return {
    db,
    kind: "postgres",
    close: async () => {
      await stopListening();
      await client.end();
    },
  };
}

async function openPglite(dir: string | undefined): Promise<Database> {
  let release = () => {};
  if (dir) {
    mkdirSync(dir, { recursive: true });
    release = lockDataFolder(dir);
  }
  try {
    // Loaded here, not at the top: a server on PostgreSQL never needs the embedded one.
    const { PGlite } = await import("@electric-sql/pglite");
    const client = await PGlite.create(dir ? { dataDir: dir } : {});
    const pg = drizzlePglite({ client, schema, casing: "snake_case" });
    await migratePglite(pg, { migrationsFolder });
    const { stop: stopListening } = listenForCredentialChanges(pg as unknown as Db, {
      pglite: client,
    });
    return {
      db: pg as unknown as Db,
      kind: "pglite",
      close: async () => {
        await stopListening();
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

// One database per process, even if Next.js loads this module in more than one bundle.
const GLOBAL_KEY = Symbol.for("xentree.database");
type GlobalWithDb = typeof globalThis & { [GLOBAL_KEY]?: Promise<Database> };

/** The app's database, opened (and migrated) on first use. */
export function getDatabase(): Promise<Database> {
  const g = globalThis as GlobalWithDb;
  if (!g[GLOBAL_KEY]) {
    const env = getEnv();
    g[GLOBAL_KEY] = openDatabase(
      env.DATABASE_URL ? { url: env.DATABASE_URL } : { dir: path.resolve(env.PGLITE_DIR) },
    );
    g[GLOBAL_KEY].catch(() => delete g[GLOBAL_KEY]);
  }
  return g[GLOBAL_KEY];
}

/** Points the app at a database opened elsewhere: how tests run the doors on their own database. */
export function useDatabase(database: Database): void {
  (globalThis as GlobalWithDb)[GLOBAL_KEY] = Promise.resolve(database);
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
