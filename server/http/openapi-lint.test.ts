import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

// A third-party linter reads the document as an integrator's tools would: Redocly CLI with its
// `recommended` rules, offline (no telemetry, no update check). Errors fail; warnings are printed.

const redocly = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");

type Problem = {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  location: Array<{ pointer: string }>;
};
type LintReport = { totals: { errors: number; warnings: number }; problems: Problem[] };

async function lint(document: unknown): Promise<LintReport> {
  const dir = await mkdtemp(path.join(tmpdir(), "xentree-redocly-"));
  try {
    const file = path.join(dir, "openapi.json");
    await writeFile(file, JSON.stringify(document, null, 2));
    // Run in the empty directory so no stray redocly.yaml changes the rules.
    const result = await promisify(execFile)(
      process.execPath,
      [redocly, "lint", file, "--extends", "recommended", "--format", "json"],
      {
        cwd: dir,
        // Nothing of the test's own environment: offline, no telemetry, no update notice.
        env: {
          NODE_ENV: "test",
          REDOCLY_TELEMETRY: "off",
          REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
          NO_COLOR: "1",
        },
        maxBuffer: 32 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string; stderr?: string }) => {
      // Redocly exits with 1 when it finds errors: the report is still on stdout.
      if (error.stdout) return { stdout: error.stdout, stderr: error.stderr ?? "" };
      throw error;
    });
    return JSON.parse(result.stdout) as LintReport;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const describeProblem = (p: Problem) =>
  `${p.severity} ${p.ruleId} at ${p.location.map((l) => l.pointer).join(", ")}: ${p.message}`;

describe("the OpenAPI document under Redocly's recommended rules", () => {
  let report: LintReport;
  beforeAll(async () => {
    report = await lint(buildOpenApiDocument());
  }, 120_000);
  afterAll(() => {
    const warnings = report?.problems.filter((p) => p.severity !== "error") ?? [];
    if (warnings.length > 0) console.info(warnings.map(describeProblem).join("\n"));
  });

  it("has no errors", () => {
    const errors = report.problems.filter((p) => p.severity === "error");
    expect(errors.map(describeProblem)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it("would report an error if there were one (the linter really runs)", async () => {
    const broken = structuredClone(buildOpenApiDocument()) as { servers?: unknown };
    delete broken.servers;
    const brokenReport = await lint(broken);
    expect(brokenReport.problems.map((p) => p.ruleId)).toContain("no-empty-servers");
  }, 120_000);
});
