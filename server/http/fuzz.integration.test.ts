import fc from "fast-check";
import { expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { apiKeys, tenants } from "@/db/schema";
import { CLIENT_IP_HEADER } from "@/server/platform/request-info";
import { describeEachDatabase, uniqueIp } from "@/tests/databases";
import { fingerprint } from "@/tests/fuzz/fingerprint";
import { fuzzSettings, requestsFor, type FuzzRequest } from "@/tests/fuzz/requests";
import { buildWorld } from "@/tests/fuzz/world";
import { bindRoute, operations } from "./registry";

// Property-based requests against every declared operation, generated from its schemas (see
// tests/fuzz). Whatever comes in: never a 5xx, always the envelope with X-Request-Id, and a
// refused request changes nothing. `FUZZ_RUNS` sets the requests per operation (`npm run fuzz`
// runs many more); a failure prints the seed and the shrunk request to replay it.
const { runs: RUNS, seed: SEED } = fuzzSettings();

async function send(path: string, request: FuzzRequest) {
  const handlers = bindRoute(path);
  const handler = handlers[request.method as keyof typeof handlers];
  const response = await handler(
    new Request(`http://localhost${request.url}`, {
      method: request.method,
      body: request.body,
      headers: { [CLIENT_IP_HEADER]: uniqueIp(), ...request.headers },
    }),
    { params: Promise.resolve(request.params) },
  );
  return { response, text: await response.text() };
}

function checkEnvelope(request: FuzzRequest, response: Response, text: string) {
  const where = `${request.method} ${request.url} → ${response.status}: ${text.slice(0, 300)}`;
  expect(response.status, where).toBeLessThan(500);
  const requestId = response.headers.get("x-request-id");
  expect(requestId, where).toBeTruthy();
  if (response.status === 405) expect(response.headers.get("allow"), where).toBeTruthy();
  if (response.status < 400 || request.method === "HEAD") return;
  expect(response.headers.get("content-type"), where).toContain("application/json");
  const body = JSON.parse(text) as { detail?: Record<string, unknown> };
  expect(typeof body.detail?.error, where).toBe("string");
  expect(typeof body.detail?.message, where).toBe("string");
  expect(body.detail?.request_id, where).toBe(requestId);
}

describeEachDatabase(
  "fuzzing every REST operation",
  (db) => {
    it("lists operations to fuzz, and its fingerprint sees every kind of write", async () => {
      expect(operations.length).toBeGreaterThan(30);
      const start = await fingerprint(db());
      const [row] = await db().insert(tenants).values({}).returning();
      const inserted = await fingerprint(db());
      await db()
        .update(tenants)
        .set({ createdAt: new Date(0) })
        .where(eq(tenants.id, row!.id));
      const updated = await fingerprint(db());
      await db().delete(tenants).where(eq(tenants.id, row!.id));
      const deleted = await fingerprint(db());
      expect(new Set([start, inserted, updated].map((f) => f.tenants)).size).toBe(3);
      expect(deleted).toEqual(start); // the same data again
      // A write rolled back leaves no trace; an API key's use (last_used_at) is not a change.
      await db()
        .transaction(async (tx) => {
          await tx.insert(tenants).values({});
          throw new Error("roll back");
        })
        .catch(() => {});
      expect(await fingerprint(db())).toEqual(deleted);
      await buildWorld(db());
      const before = await fingerprint(db());
      const [key] = await db().select().from(apiKeys).limit(1);
      await db().update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, key!.id));
      expect(await fingerprint(db())).toEqual(before);
      await db()
        .update(apiKeys)
        .set({ name: `${key!.name} renamed` })
        .where(eq(apiKeys.id, key!.id));
      expect((await fingerprint(db())).api_keys).not.toEqual(before.api_keys);
    });

    for (const op of operations) {
      it(
        `${op.method} ${op.path}: ${RUNS} odd requests, no 5xx, envelope, refusals change nothing`,
        { timeout: 120_000 + RUNS * 500 },
        async () => {
          const world = await buildWorld(db());
          let before = await fingerprint(db());
          await fc.assert(
            fc.asyncProperty(requestsFor(op, world), async (request) => {
              const { response, text } = await send(op.path, request);
              checkEnvelope(request, response, text);
              const after = await fingerprint(db());
              if (response.status >= 400) {
                expect(after, `${request.method} ${request.url} changed the database`).toEqual(
                  before,
                );
              }
              before = after;
            }),
            { numRuns: RUNS, seed: SEED, endOnFailure: true },
          );
        },
      );
    }
  },
  { ownDatabase: true },
);
