import { beforeAll, expect, it } from "vitest";
import { MATRIX, type Expect, type MatrixRow } from "@/tests/authz/matrix";
import { buildAuthzWorld, type AuthzWorld } from "@/tests/authz/world";
import { describeEachDatabase } from "@/tests/databases";
import { fingerprint } from "@/tests/fuzz/fingerprint";
import { callRest, type RestResult } from "@/tests/rest";
import { buildOpenApiDocument } from "./openapi";
import { operations } from "./registry";

// The authorization matrix (tests/authz/matrix.ts): every REST endpoint against every kind of
// caller who must not get in. Each gets its documented status and code, and changes nothing.

type Case = {
  name: string;
  headers: (w: AuthzWorld, row: MatrixRow) => Promise<Record<string, string>>;
  expect: (row: MatrixRow) => Expect | "own-data" | "self" | null;
};

const UNAUTHENTICATED = (code: string): Expect => ({ status: 401, code });
const keyRefusal = (row: MatrixRow, refusal: Expect): Expect =>
  row.auth === "bearer" ? { status: 403, code: "bearer_required" } : refusal;

const CASES: Case[] = [
  {
    name: "no credentials",
    headers: async () => ({}),
    expect: () => UNAUTHENTICATED("not_authenticated"),
  },
  {
    name: "a malformed token",
    headers: async (w) => w.tokens.malformed,
    expect: () => UNAUTHENTICATED("invalid_token"),
  },
  {
    name: "an expired token",
    headers: async (w) => w.tokens.expired,
    expect: () => UNAUTHENTICATED("token_expired"),
  },
  {
    name: "a token after logout",
    headers: async (w) => w.tokens.loggedOut,
    expect: () => UNAUTHENTICATED("invalid_token"),
  },
  {
    name: "a revoked API key",
    headers: async (w) => w.keys.revoked,
    expect: () => UNAUTHENTICATED("invalid_api_key"),
  },
  {
    name: "an expired API key",
    headers: async (w) => w.keys.expired,
    expect: () => UNAUTHENTICATED("invalid_api_key"),
  },
  {
    name: "an API key from a disallowed address",
    headers: async (w) => w.keys.wrongIp,
    expect: () => ({ status: 403, code: "ip_not_allowed" }),
  },
  {
    name: "an API key without the scope",
    // A scope the row does not accept: quiz:read, or rag:read where quiz:read is accepted.
    headers: async (w, row) => w.keys.only(row.auth.includes("quiz:") ? "rag:read" : "quiz:read"),
    expect: (row) => keyRefusal(row, { status: 403, code: "INSUFFICIENT_API_KEY_SCOPE" }),
  },
  {
    name: "an API key of another organization",
    headers: async (w) => w.keys.otherOrg,
    expect: (row) =>
      row.auth === "bearer"
        ? keyRefusal(row, NOT_EXPECTED)
        : (row.otherOrgKey ?? (row.stranger === "self" ? null : row.stranger)),
  },
  {
    name: "another user (not in the organization)",
    headers: async (w, row) => (row.stranger === "self" ? w.bearer.stranger : w.bearer.stranger),
    expect: (row) => (row.stranger === "self" ? null : row.stranger),
  },
  {
    name: "a member with too low a role, or not the object's owner",
    headers: async (w, row) => w.bearer[row.lowerRole?.as ?? "member"],
    expect: (row) => row.lowerRole?.expect ?? null,
  },
];
const NOT_EXPECTED: Expect = { status: 0, code: "" };

function send(row: MatrixRow, w: AuthzWorld, headers: Record<string, string>) {
  const { params = {}, body, query } = row.request(w);
  let path = row.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "");
  if (query) path += `?${new URLSearchParams(query).toString()}`;
  return callRest(row.method, path, { route: row.path, params, body, headers });
}

/** None of organization A's object ids may appear in what a stranger sees. */
function leaks(result: RestResult, w: AuthzWorld): string[] {
  const text = JSON.stringify(result.json);
  return [w.orgId, ...Object.values(w.ids)].filter((id) => text.includes(id));
}

describeEachDatabase(
  "the authorization matrix",
  (db) => {
    let w: AuthzWorld;
    beforeAll(async () => {
      w = await buildAuthzWorld(db());
    }, 120_000);

    it("has a row for every operation in the OpenAPI document, as declared", () => {
      const doc = buildOpenApiDocument() as unknown as {
        paths: Record<string, Record<string, unknown>>;
      };
      const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
      );
      const rows = MATRIX.map((r) => `${r.method} ${r.path}`);
      expect(
        documented.filter((op) => !rows.includes(op)),
        "endpoints without a matrix row",
      ).toEqual([]);
      expect(
        rows.filter((op) => !documented.includes(op)),
        "rows for no endpoint",
      ).toEqual([]);
      expect(new Set(rows).size).toBe(rows.length);
      for (const row of MATRIX) {
        const op = operations.find((o) => o.method === row.method && o.path === row.path)!;
        const declared = typeof op.auth === "string" ? op.auth : [op.auth.scope].flat().join(",");
        expect(declared, `${row.method} ${row.path}`).toBe(row.auth);
      }
    });

    for (const row of MATRIX.filter((r) => r.auth !== "none")) {
      it(`${row.method} ${row.path} (needs ${row.needs}) refuses everyone else`, async () => {
        for (const kase of CASES) {
          const expected = kase.expect(row);
          if (expected === null) continue;
          const headers = await kase.headers(w, row);
          const before = await fingerprint(db());
          const result = await send(row, w, headers);
          const where = `${row.method} ${row.path} with ${kase.name}: ${result.status} ${JSON.stringify(result.json).slice(0, 200)}`;
          if (expected === "own-data" || expected === "self") {
            expect(result.status, where).toBeLessThan(300);
            expect(leaks(result, w), where).toEqual([]);
            continue;
          }
          expect([result.status, result.json.detail?.error], where).toEqual([
            expected.status,
            expected.code,
          ]);
          expect(await fingerprint(db()), `${where} changed the database`).toEqual(before);
        }
      });
    }

    it("a document shared with A is read by A's members and keys, a private one by its owner only", async () => {
      const get = async (id: string, headers: Record<string, string>) =>
        (
          await callRest("GET", `/api/knowledge/documents/${id}`, {
            route: "/api/knowledge/documents/{document_id}",
            params: { document_id: id },
            headers,
          })
        ).status;
      const listed = async (headers: Record<string, string>) => {
        const r = await callRest("GET", "/api/knowledge/documents?limit=100", {
          route: "/api/knowledge/documents",
          headers,
        });
        return (r.json.items as { id: string }[]).map((d) => d.id);
      };
      const { sharedDocument: shared, document: own } = w.ids;
      const aKey = await w.keys.only("rag:read");
      expect(await get(shared, w.bearer.member)).toBe(200);
      expect(await get(shared, aKey)).toBe(200);
      expect(await get(own, aKey)).toBe(404);
      expect(await get(shared, w.bearer.stranger)).toBe(404);
      expect(await get(shared, w.keys.otherOrg)).toBe(404);
      expect(await listed(w.bearer.member)).toContain(shared);
      expect(await listed(w.bearer.member)).not.toContain(own);
      expect(await listed(w.bearer.stranger)).not.toContain(shared);
    });

    it("the owner passes every row (the matrix's requests are valid, so refusals are about who asks)", async () => {
      // Deletions (and ending the Live session) after the rest, a new Live session once the old one
      // ended, and the organization and the session last, since they end what other rows aim at.
      const rank = (r: MatrixRow) =>
        r.path === "/api/auth/logout"
          ? 4
          : r.path === "/api/organizations/{org_id}" && r.method === "DELETE"
            ? 3
            : r.path === "/api/live/session/start"
              ? 2
              : r.method === "DELETE" || r.path === "/api/live/session/end"
                ? 1
                : 0;
      // A Live session goes silent 45 s after its last heartbeat, sooner than the refusals above
      // take: the owner ends the world's one and starts a fresh one for this pass.
      const live = (path: string, body: unknown) =>
        callRest("POST", path, { body, headers: w.bearer.owner });
      expect((await live("/api/live/session/end", { session_id: w.ids.liveSession })).status).toBe(
        200,
      );
      const fresh = await live("/api/live/session/start", { session_type: "voice" });
      expect(fresh.status, JSON.stringify(fresh.json)).toBe(201);
      w.ids.liveSession = String(fresh.json.session_id);
      for (const row of MATRIX.filter((r) => r.auth !== "none").sort((a, b) => rank(a) - rank(b))) {
        const result = await send(row, w, w.bearer.owner);
        expect(
          result.status,
          `${row.method} ${row.path}: ${JSON.stringify(result.json).slice(0, 200)}`,
        ).toBeLessThan(300);
      }
    });
  },
  { ownDatabase: true },
);
