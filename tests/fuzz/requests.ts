import fc from "fast-check";
import type { AnyOperation } from "@/server/http/operation";
import { multipartFor } from "./multipart";
import { bodyTextFor, contentType, oddString, pathSegment, queryFor } from "./values";
import type { World } from "./world";

export type FuzzRequest = {
  method: string;
  /** The path as sent on the wire (percent-encoded), and the params Next.js would hand over. */
  url: string;
  params: Record<string, string>;
  headers: Record<string, string>;
  body: string | undefined;
};

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

/** Next.js decodes each path segment for the route's params; a bad encoding stays as it is. */
function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Requests to one operation's path: mostly its own method, with every kind of bad input. */
export function requestsFor(op: AnyOperation, world: World): fc.Arbitrary<FuzzRequest> {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const segments = fc.tuple(...names.map((n) => pathSegment(world.known[n] ?? [])));
  const auth: fc.Arbitrary<Record<string, string>> = fc.oneof(
    { weight: 6, arbitrary: fc.constant(world.bearer) },
    { weight: 3, arbitrary: fc.constant(world.keyHeaders) },
    { weight: 1, arbitrary: fc.constant({}) },
    {
      weight: 1,
      arbitrary: oddString.map((s) => ({
        authorization: `Bearer ${s.replace(/[^\x20-\x7e]/g, "")}`,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Record<string, string>>(
        { "x-api-key": "xntr-not-a-real-key" },
        { authorization: "Basic YTpi" },
        { cookie: "authjs.session-token=forged" },
      ),
    },
  );
  return fc
    .record({
      method: fc.oneof(
        { weight: 8, arbitrary: fc.constant(op.method as string) },
        { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
      ),
      segments,
      query: queryFor(op.query),
      // A multipart operation gets multipart bodies with their content type; others JSON & co.
      payload: op.multipart
        ? multipartFor(op.body)
        : fc.record({
            body: bodyTextFor(op.body),
            type: fc.option(contentType, { freq: 8 }),
          }),
      auth,
      idempotencyKey: fc.option(
        fc.oneof(
          fc.uuid(),
          fc.string({ maxLength: 300 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
        ),
        { freq: 3 },
      ),
      requestId: fc.option(fc.string({ maxLength: 80 }).map((s) => s.replace(/[^\x20-\x7e]/g, ""))),
    })
    .map(({ method, segments: raw, query, payload, auth, idempotencyKey, requestId }) => {
      const { body, type } = payload;
      const params: Record<string, string> = {};
      let url = op.path;
      names.forEach((name, i) => {
        url = url.replace(`{${name}}`, raw[i]!);
        params[name] = decodeSegment(raw[i]!);
      });
      const search = new URLSearchParams(query).toString();
      const sendsBody = method !== "GET" && method !== "HEAD";
      return {
        method,
        url: search ? `${url}?${search}` : url,
        params,
        body: sendsBody ? body : undefined,
        headers: {
          ...auth,
          ...(type !== null && sendsBody && { "content-type": type }),
          ...(idempotencyKey !== null && { "idempotency-key": idempotencyKey }),
          ...(requestId !== null && { "x-request-id": requestId }),
        },
      };
    });
}

/** Requests per operation (`FUZZ_RUNS`, 200 in CI) and a seed to replay a failure (`FUZZ_SEED`). */
export function fuzzSettings(): { runs: number; seed: number | undefined } {
  const runs = Number(process.env.FUZZ_RUNS ?? 200);
  return {
    runs: Number.isInteger(runs) && runs > 0 ? runs : 200,
    seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
  };
}
