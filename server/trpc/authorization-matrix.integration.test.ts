import { TRPCError } from "@trpc/server";
import { beforeAll, expect, it } from "vitest";
import type { UserCtx } from "@/server/platform/context";
import { TRPC_MATRIX } from "@/tests/authz/trpc-matrix";
import { buildAuthzWorld, type AuthzWorld } from "@/tests/authz/world";
import { anonymousCtx, describeEachDatabase } from "@/tests/databases";
import { fingerprint } from "@/tests/fuzz/fingerprint";
import type { TrpcContext } from "./context";
import { appRouter, createCaller } from "./root";

// The tRPC door's ownership cases (tests/authz/trpc-matrix.ts): the same refusals as REST, by
// procedure. A procedure without a row fails the first test.

type Callable = (input: unknown) => Promise<unknown>;

function procedure(ctx: TrpcContext, path: string): Callable {
  let target: unknown = createCaller(ctx);
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  return target as Callable;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "ok",
    (e: unknown) => (e instanceof TRPCError ? e.code : Promise.reject(e)),
  );
}

const leaks = (value: unknown, w: AuthzWorld) => {
  const text = JSON.stringify(value ?? null);
  return [w.orgId, ...Object.values(w.ids)].filter((id) => text.includes(id));
};

describeEachDatabase(
  "the tRPC authorization matrix",
  (db) => {
    let w: AuthzWorld;
    beforeAll(async () => {
      w = await buildAuthzWorld(db());
    }, 120_000);

    it("has a row for every procedure", () => {
      const procedures = Object.keys(appRouter._def.procedures).sort();
      expect(
        procedures.filter((p) => !(p in TRPC_MATRIX)),
        "procedures without a row",
      ).toEqual([]);
      expect(Object.keys(TRPC_MATRIX).filter((p) => !procedures.includes(p))).toEqual([]);
    });

    for (const [path, row] of Object.entries(TRPC_MATRIX)) {
      if (row.stranger === "self" && path === "auth.register") continue;
      it(`${path}: strangers and lower roles are refused, and change nothing`, async () => {
        const input = row.input(w);
        const cases: Array<[string, UserCtx | null, string]> = [
          ["anonymous", null, "UNAUTHORIZED"],
          ["a stranger", w.users.stranger.ctx, row.stranger],
        ];
        if (row.lowerRole)
          cases.push([`a ${row.lowerRole.as}`, w.users[row.lowerRole.as].ctx, row.lowerRole.code]);
        for (const [who, userCtx, expected] of cases) {
          if (expected === "self") continue;
          const ctx = userCtx ?? anonymousCtx(db());
          const before = await fingerprint(db());
          if (expected === "own-data") {
            const result = await procedure(ctx, path)(input);
            expect(leaks(result, w), `${path} as ${who}`).toEqual([]);
            continue;
          }
          expect(await codeOf(procedure(ctx, path)(input)), `${path} as ${who}`).toBe(expected);
          expect(await fingerprint(db()), `${path} as ${who} changed the database`).toEqual(before);
        }
      });
    }
  },
  { ownDatabase: true },
);
