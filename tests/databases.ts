import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, useDatabase, type Database, type Db } from "@/db/client";
import type { Ctx, UserCtx } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";

/**
 * Runs a suite on an in-memory PGlite and, when DATABASE_URL is set, on that PostgreSQL server
 * too: the same schema and migrations must behave the same on both. The suite's database is also
 * the app's (`getDb()`), so the doors can be exercised on it.
 */
export function describeEachDatabase(name: string, suite: (db: () => Db) => void) {
  const url = getEnv().DATABASE_URL;
  const kinds = url ? (["pglite", "postgres"] as const) : (["pglite"] as const);
  for (const kind of kinds) {
    describe(`${name} [${kind}]`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await openDatabase(kind === "postgres" ? { url } : {});
        useDatabase(database);
      });
      afterAll(async () => {
        await database?.close();
      });
      suite(() => {
        if (!database) throw new Error("database not open yet");
        return database.db;
      });
    });
  }
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
