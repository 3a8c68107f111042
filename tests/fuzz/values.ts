import fc from "fast-check";
import { z } from "zod";

// Arbitraries for what careless clients and attackers send. They are built from the declared
// zod schemas (field names, and a well-formed value now and then), so a new operation is fuzzed
// the day it is declared.

const CONTROL = fc.constantFrom("\u0000", "\u0007", "\b", "\u001b", "\u007f", "\u2028", "\ufeff");

/** Odd strings: control characters, lone surrogates, SQL and path tricks, huge ones. */
export const oddString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc
    .array(fc.oneof(CONTROL, fc.string({ maxLength: 3 })), { maxLength: 12 })
    .map((p) => p.join("")),
  fc.constantFrom(
    "",
    " ",
    "\ud800",
    "null",
    "undefined",
    "NaN",
    "' OR 1=1 --",
    "../../etc/passwd",
    "%00",
    "%",
    "%E0%A4%A",
    "𝓧𝓮𝓷",
    "<script>alert(1)</script>",
    "2026-13-45T99:99:99Z",
    "00000000-0000-0000-0000-000000000000",
  ),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => "x".repeat(n)),
);

const oddNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(-1, 0, 1e308, -1e308, 2 ** 53, 2 ** 64, 1e-300, -0),
  fc.double(),
);

/** Any JSON value a client might send where something else was expected. */
export const oddValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    oddString,
    oddNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A plausible valid value for a schema (when zod can say one), else an odd one. */
function plausible(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = safeJsonSchema(schema);
  const type = json?.type;
  if (Array.isArray(json?.enum)) return fc.constantFrom(...(json.enum as unknown[]));
  if (json?.format === "uuid") return fc.uuid();
  if (json?.format === "email") return fc.emailAddress();
  if (type === "string")
    return fc.oneof(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), CONTROL).map(([a, b]) => a + b + a),
    );
  if (type === "integer") return fc.integer({ min: 0, max: 120 });
  if (type === "number") return fc.double({ noNaN: true });
  if (type === "boolean") return fc.boolean();
  if (type === "array") return fc.array(oddValue, { maxLength: 3 });
  return oddValue;
}

function safeJsonSchema(schema: z.ZodType): Record<string, unknown> | undefined {
  try {
    return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<
      string,
      unknown
    >;
  } catch {
    return undefined;
  }
}

/**
 * Objects shaped after a zod object: each declared field missing, plausible or odd, plus now and
 * then an undeclared field.
 */
export function objectFor(schema: z.ZodObject | undefined): fc.Arbitrary<Record<string, unknown>> {
  const shape = schema?.shape ?? {};
  const fields = Object.entries(shape).map(([name, field]) =>
    fc
      .oneof(
        fc.constant(undefined),
        plausible(field as z.ZodType),
        plausible(field as z.ZodType),
        oddValue,
      )
      .map((value) => [name, value] as const),
  );
  const extra = fc.option(fc.tuple(fc.string({ maxLength: 12 }), oddValue), { freq: 4 });
  return fc.tuple(fc.tuple(...fields), extra).map(([pairs, more]) => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of pairs) if (value !== undefined) out[name] = value;
    if (more) out[more[0]] = more[1];
    return out;
  });
}

/** Pagination cursors a client could forge: base64url of any JSON, or not base64 at all. */
export const forgedCursor = fc.oneof(
  oddValue.map((v) => Buffer.from(JSON.stringify(v) ?? "").toString("base64url")),
  fc
    .array(fc.oneof(oddString, oddNumber), { maxLength: 4 })
    .map((v) => Buffer.from(JSON.stringify(v)).toString("base64url")),
  oddString,
);

/** A query string shaped after the declared query schema, with odd values and forged cursors. */
export function queryFor(schema: z.ZodObject | undefined): fc.Arbitrary<Record<string, string>> {
  return objectFor(schema).chain((object) =>
    fc.record({ cursor: fc.option(forgedCursor, { freq: 2 }) }).map(({ cursor }) => {
      const out: Record<string, string> = {};
      for (const [name, value] of Object.entries(object)) {
        out[name] = typeof value === "string" ? value : JSON.stringify(value);
      }
      if (cursor !== null && "cursor" in (schema?.shape ?? {})) out.cursor = cursor;
      return out;
    }),
  );
}

/** A path segment as sent on the wire: UUIDs (mostly unknown ones), non-UUIDs, bad encodings. */
export function pathSegment(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.uuid(),
    known.length > 0 ? fc.constantFrom(...known) : fc.uuid(),
    oddString.map((s) => encodeSegment(s.slice(0, 300))),
    fc.constantFrom("%", "%E0%A4%A", "%zz", "%C0%AF", "..", "%2e%2e", "%00", "a%2Fb", "ok"),
  );
}

/** Percent-encodes a segment, lone surrogates included (encodeURIComponent throws on them). */
function encodeSegment(text: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : "%" + b.toString(16).toUpperCase().padStart(2, "0"),
    )
    .join("");
}

/** Body text: JSON of a shaped object, broken JSON, form-encoding, or nothing at all. */
export function bodyTextFor(schema: z.ZodObject | undefined): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 6, arbitrary: objectFor(schema).map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: oddValue.map((v) => JSON.stringify(v) ?? "") },
    {
      weight: 1,
      arbitrary: fc.constantFrom("{", '{"a":', "[1,2", "nul", "\u0000", '{"a":1}}', "{'a':1}"),
    },
    {
      weight: 1,
      arbitrary: objectFor(schema).map((o) =>
        new URLSearchParams(
          Object.entries(o).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
        ).toString(),
      ),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

export const contentType = fc.constantFrom(
  "application/json",
  "application/json",
  "application/json; charset=utf-8",
  "application/x-www-form-urlencoded",
  "text/plain",
  "multipart/form-data; boundary=x",
  "application/xml",
  "",
  "application/json; charset=latin1",
);
