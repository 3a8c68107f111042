// The guides' runnable examples: parsed from the Markdown under content/docs, shown as curl
// commands against the server's own origin, and executed in order by the tests
// (server/docs/… in-process, e2e/api/docs-examples.spec.ts against a running server).
// No imports: Playwright, vitest and the pages all load this file.
//
// An example is a fenced block
//
//   ```http status=201 save=ORG_ID:id,ORG_SLUG:slug
//   POST /api/organizations
//   Authorization: Bearer $ACCESS_TOKEN
//   Content-Type: application/json
//
//   { "name": "{{unique Analytical Engines}}" }
//   ```
//
// optionally followed by a ```json response block: the expected answer. The test compares the
// answer's shape (the same keys, recursively, and the same JSON types; `error` codes exactly)
// and saves the named fields as variables for later examples (`$ORG_ID`); `equals=NAME:path`
// checks a field against a saved one. `{{unique text}}` is
// shown as `text` and made unique (per test run) when executed.

/** The guides, in reading order: the navigation, the search and the example run use it. */
export const GUIDES = [
  { slug: "introduction", title: "Introduction" },
  { slug: "quickstart", title: "Quickstart" },
  { slug: "authentication", title: "Authentication" },
  { slug: "conversations", title: "Conversations" },
  { slug: "knowledge-base", title: "Knowledge Base" },
  { slug: "xentree-live", title: "Xentree Live" },
  { slug: "organizations", title: "Organizations and Teams" },
  { slug: "xentree-english", title: "Xentree English" },
  { slug: "errors-and-limits", title: "Errors and Limits" },
] as const;

export type GuideSlug = (typeof GUIDES)[number]["slug"];

/** Where a guide is served: the introduction is the docs' home. */
export const guideHref = (slug: string) => (slug === "introduction" ? "/docs" : `/docs/${slug}`);

/** The anchor of a heading: its text, lowercased, runs of other characters as one dash. */
export function anchorOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export type Example = {
  method: string;
  path: string;
  headers: Array<[string, string]>;
  body: string | undefined;
  status: number;
  /** Variable name → dotted path in the answer (`ORG_ID` → `id`, `FIRST` → `items.0.id`). */
  save: Array<[string, string]>;
  /** Variable name → dotted path: the answer's value must equal the saved one. */
  equals: Array<[string, string]>;
  /** The expected answer, when the guide shows one. */
  response: unknown;
};

const FENCE = /^```(\w+)([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;

function attributes(info: string): Record<string, string> {
  return Object.fromEntries(
    [...info.matchAll(/(\w[\w-]*)=(\S+)/g)].map((m) => [m[1]!, m[2]!] as [string, string]),
  );
}

/** Parses one ```http block (its info string and text). */
export function parseHttpBlock(info: string, text: string): Omit<Example, "response"> {
  const attrs = attributes(info);
  const [head = "", ...rest] = text.replace(/\n$/, "").split("\n");
  const request = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/.exec(head.trim());
  if (!request) throw new Error(`An http example must start with "METHOD /path": ${head}`);
  const blank = rest.findIndex((line) => line.trim() === "");
  const headerLines = blank === -1 ? rest : rest.slice(0, blank);
  const body = blank === -1 ? undefined : rest.slice(blank + 1).join("\n");
  const headers = headerLines.map((line): [string, string] => {
    const colon = line.indexOf(":");
    if (colon < 1) throw new Error(`Not a header line: ${line}`);
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  });
  const status = Number(attrs.status);
  if (!Number.isInteger(status)) throw new Error(`An http example needs status=…: ${head}`);
  const pairs = (list = "") =>
    list
      .split(",")
      .filter(Boolean)
      .map((pair): [string, string] => {
        const [name, from] = pair.split(":");
        if (!name || !from || !/^[A-Z][A-Z0-9_]*$/.test(name)) throw new Error(`Bad ${pair}`);
        return [name, from];
      });
  return {
    method: request[1]!,
    path: request[2]!,
    headers,
    body: body?.trim() ? body.trim() : undefined,
    status,
    save: pairs(attrs.save),
    equals: pairs(attrs.equals),
  };
}

/** Every example of a guide's Markdown, in order. */
export function parseExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const match of markdown.matchAll(FENCE)) {
    const [, lang, info = "", text = ""] = match;
    if (lang === "http") {
      examples.push({ ...parseHttpBlock(info, text), response: undefined });
    } else if (lang === "json" && /\bresponse\b/.test(info)) {
      const last = examples.at(-1);
      if (!last || last.response !== undefined) {
        throw new Error("A ```json response block must follow an ```http example");
      }
      last.response = JSON.parse(text);
    }
  }
  return examples;
}

const UNIQUE = /\{\{unique ([^}]+)\}\}/g;

/** `{{unique text}}` as the reader sees it: `text`. */
export const showUnique = (text: string) => text.replace(UNIQUE, "$1");

/** `{{unique text}}` made unique for one run: spaces kept out of usernames. */
export const makeUnique = (text: string, run: string) =>
  text.replace(UNIQUE, (_, base: string) => `${base}${/\s/.test(base) ? " " : "_"}${run}`);

/** Replaces `$NAME` by saved values; an unknown variable is an error in the guide. */
export function substitute(text: string, vars: Record<string, string>): string {
  return text.replace(/\$([A-Z][A-Z0-9_]*)/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`$${name} is used before an example saves it`);
    return value;
  });
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The example as a curl command against `origin`. Variables stay shell variables: inside the
 * single-quoted body they are spliced in unquoted (`'…"'$ORG_ID'"…'`), as ids have no spaces.
 */
export function curlFor(example: Omit<Example, "response">, origin: string): string {
  const lines = [
    `curl${example.method === "GET" ? "" : ` -X ${example.method}`} ${origin}${showUnique(example.path)}`,
  ];
  for (const [name, value] of example.headers) lines.push(`-H "${name}: ${value}"`);
  if (example.body !== undefined) {
    const quoted = shellQuote(showUnique(example.body)).replace(/\$([A-Z][A-Z0-9_]*)/g, "'$$$1'");
    lines.push(`-d ${quoted}`);
  }
  return lines.join(" \\\n  ");
}

export function pick(value: unknown, dotted: string): unknown {
  return dotted
    .split(".")
    .reduce<unknown>(
      (at, key) =>
        at !== null && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined,
      value,
    );
}

const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/**
 * Where `actual` differs in shape from `expected`: the same keys (recursively), the same JSON
 * types (a `null` in the guide stands for "may be null"), equal `error` codes; an array is checked
 * item by item against the guide's first item. Empty: the shapes agree.
 */
export function shapeDifferences(expected: unknown, actual: unknown, at = "$"): string[] {
  if (expected === null) return [];
  if (typeOf(expected) !== typeOf(actual)) {
    return [`${at}: expected ${typeOf(expected)}, got ${JSON.stringify(actual)}`];
  }
  if (Array.isArray(expected)) {
    const [first] = expected;
    if (first === undefined) return [];
    return (actual as unknown[]).flatMap((item, i) => shapeDifferences(first, item, `${at}[${i}]`));
  }
  if (typeof expected === "object") {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const missing = Object.keys(e).filter((k) => !(k in a));
    const extra = Object.keys(a).filter((k) => !(k in e));
    return [
      ...missing.map((k) => `${at}.${k}: missing from the answer`),
      ...extra.map((k) => `${at}.${k}: in the answer but not in the guide`),
      ...Object.keys(e)
        .filter((k) => k in a)
        .flatMap((k) => {
          if (k === "error" && e[k] !== a[k]) {
            return [`${at}.${k}: expected ${JSON.stringify(e[k])}, got ${JSON.stringify(a[k])}`];
          }
          return shapeDifferences(e[k], a[k], `${at}.${k}`);
        }),
    ];
  }
  return [];
}

export type ExampleOutcome = { status: number; body: unknown; problems: string[] };

/**
 * Runs the examples of every guide in order against `send`, carrying saved variables from one
 * example (and guide) to the next. Returns one outcome per example, with what disagreed.
 */
export async function runExamples(
  guides: Array<{ slug: string; markdown: string }>,
  send: (request: {
    method: string;
    path: string;
    headers: Record<string, string>;
    body: string | undefined;
  }) => Promise<{ status: number; text: string }>,
  run: string,
): Promise<Array<{ guide: string; example: string } & ExampleOutcome>> {
  const vars: Record<string, string> = {};
  const outcomes: Array<{ guide: string; example: string } & ExampleOutcome> = [];
  for (const guide of guides) {
    for (const example of parseExamples(guide.markdown)) {
      const fill = (s: string) => substitute(makeUnique(s, run), vars);
      const path = fill(example.path);
      const answer = await send({
        method: example.method,
        path,
        headers: Object.fromEntries(example.headers.map(([k, v]) => [k, fill(v)])),
        body: example.body === undefined ? undefined : fill(example.body),
      });
      const body: unknown = answer.text ? JSON.parse(answer.text) : undefined;
      const problems: string[] = [];
      if (answer.status !== example.status) {
        problems.push(`status ${answer.status}, the guide says ${example.status}: ${answer.text}`);
      }
      if (example.response !== undefined) {
        problems.push(...shapeDifferences(example.response, body));
      }
      for (const [name, from] of example.equals) {
        if (String(pick(body, from)) !== vars[name]) {
          problems.push(`${from} is ${JSON.stringify(pick(body, from))}, not $${name}`);
        }
      }
      for (const [name, from] of example.save) {
        const value = pick(body, from);
        if (typeof value !== "string" && typeof value !== "number") {
          problems.push(`save ${name}: ${from} is not in the answer`);
        } else {
          vars[name] = String(value);
        }
      }
      outcomes.push({
        guide: guide.slug,
        example: `${example.method} ${path}`,
        status: answer.status,
        body,
        problems,
      });
    }
  }
  return outcomes;
}
