import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, useDatabase, type Database, type Db } from "@/db/client";
import type { Ctx, UserCtx } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";

/**
 * Runs a suite on an in-memory PGlite and, when DATABASE_URL is set, on that PostgreSQL server
 * too: the same schema and migrations must behave the same on both. The suite's database is also
 * the app's (`getDb()`), so the doors can be exercised on it.
 */
export function describeEachDatabase(
  name: string,
  suite: (db: () => Db) => void,
  // A database of the suite's own on the PostgreSQL server (dropped after), for suites asserting
  // that whole tables stay unchanged while other test files write in parallel.
  options: { ownDatabase?: boolean } = {},
) {
  const url = getEnv().DATABASE_URL;
  const kinds = url ? (["pglite", "postgres"] as const) : (["pglite"] as const);
  for (const kind of kinds) {
    describe(`${name} [${kind}]`, () => {
      let database: Database | undefined;
      let dropOwn = async () => {};
      beforeAll(async () => {
        let target = url;
        if (kind === "postgres" && url && options.ownDatabase) {
          ({ url: target, drop: dropOwn } = await createOwnDatabase(url));
        }
        database = await openDatabase(kind === "postgres" ? { url: target } : {});
        useDatabase(database);
      });
      afterAll(async () => {
        await database?.close();
        await dropOwn();
      });
      suite(() => {
        if (!database) throw new Error("database not open yet");
        return database.db;
      });
    });
  }
}

async function createOwnDatabase(url: string) {
  const name = `${new URL(url).pathname.slice(1) || "xentree"}_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    url: own.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

let counter = 0;

/** A value no other test (or earlier run on the same server) has used. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${process.pid.toString(36)}${counter}`;
}

/** A fresh client address, so per-address limits of one test never touch another's. */
export function uniqueIp(): string {
  const n = Math.floor(Math.random() * 2 ** 24);
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export function anonymousCtx(db: Db, ip = uniqueIp()): Ctx {
  return {
    db,
    actor: { kind: "anonymous" },
    request: { id: unique("req"), ip, userAgent: "vitest" },
  };
}

export function userCtx(db: Db, userId: string, sessionId: string): UserCtx {
  return {
    db,
    actor: { kind: "user", userId, sessionId, via: "bearer" },
    request: { id: unique("req"), ip: uniqueIp(), userAgent: "vitest" },
  };
}
