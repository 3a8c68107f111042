import { execFile } from "node:child_process";
import { copyFile, mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/databases";
import { inProcessFetch } from "@/tests/in-process-fetch";
import { buildOpenApiDocument } from "./openapi";

// What an integrator does with GET /api/openapi.json: generate types with openapi-typescript
// (default settings), call the API through openapi-fetch, compile with `tsc --strict`. The
// program (tests/openapi-client/walkthrough.ts.txt) touches every group without a cast; then it
// runs register → login → organization → key → chat → messages against the route handlers.

const require = createRequire(import.meta.url);
const DIR = path.resolve(".data/openapi-client");
const PROGRAM = path.resolve("tests/openapi-client/walkthrough.ts.txt");

const TSCONFIG = {
  compilerOptions: {
    target: "ES2023",
    lib: ["ES2023", "DOM"],
    module: "esnext",
    moduleResolution: "bundler",
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: false,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  },
  files: ["walkthrough.ts"],
};

async function generateClient(): Promise<string> {
  await rm(DIR, { recursive: true, force: true });
  await mkdir(DIR, { recursive: true });
  const types = astToString(await openapiTS(structuredClone(buildOpenApiDocument()) as never));
  await writeFile(path.join(DIR, "api.d.ts"), types);
  await copyFile(PROGRAM, path.join(DIR, "walkthrough.ts"));
  await writeFile(path.join(DIR, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  return types;
}

async function typecheck(): Promise<string> {
  const tsc = require.resolve("typescript/bin/tsc");
  try {
    await promisify(execFile)(process.execPath, [tsc, "-p", DIR], { maxBuffer: 16 << 20 });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

type Walkthrough = (
  baseUrl: string,
  fetch: (request: Request) => Promise<Response>,
) => Promise<{
  groups: string[];
  key: { key_value?: string; rate_limit_per_minute: number };
  answer: { conversation_id: string | null };
  messages: string[];
}>;

let generated: Promise<string> | undefined;

describe("a typed client generated from the OpenAPI document", () => {
  let types = "";
  beforeAll(async () => {
    types = await (generated ??= generateClient());
  }, 120_000);

  it("types request fields with defaults as optional and the chat answer as JSON", () => {
    // The properties the first integrator found wrongly required.
    for (const field of ["provider", "use_knowledge", "stream", "rate_limit_per_minute"]) {
      expect(types, field).toMatch(new RegExp(`\\b${field}\\?:`));
    }
    expect(types).toMatch(/allowed_ips\?:/);
    expect(types).not.toMatch(/"text\/event-stream": string/);
    // Rate-limit headers are documented, but optional (only API-key callers get them).
    expect(types).toMatch(/"X-RateLimit-Limit"\?:/);
  });

  it("compiles a program touching every group, without casts", async () => {
    expect(await typecheck()).toBe("");
  }, 120_000);
});

describeEachDatabase("a typed client against the server", () => {
  it("walks register → login → organization → key → chat → messages", async () => {
    await (generated ??= generateClient());
    const { walkthrough } = (await import(/* @vite-ignore */ path.join(DIR, "walkthrough.ts"))) as {
      walkthrough: Walkthrough;
    };
    const summary = await walkthrough("http://localhost", inProcessFetch);
    expect(summary.groups).toEqual([
      "Authentication",
      "Organizations",
      "API Keys",
      "Conversations",
      "Knowledge Base",
      "Xentree Live",
      "Xentree English",
    ]);
    expect(summary.key.key_value).toMatch(/^xntr-/);
    expect(summary.key.rate_limit_per_minute).toBe(60);
    expect(summary.answer.conversation_id).toBeTruthy();
    expect(summary.messages).toHaveLength(2);
    expect(summary.messages[0]).toBe("user: What is a typed client?");
  }, 120_000);
});
