import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const arenasModule = path.resolve(import.meta.dirname, "malloc-arenas.ts");

/** Runs a script that imports the module first, as server/main.ts does, and reports itself. */
function run(env: Record<string, string | undefined>) {
  const dir = mkdtempSync(path.join(tmpdir(), "arenas-"));
  const script = path.join(dir, "entry.mjs");
  writeFileSync(
    script,
    `await import(${JSON.stringify(arenasModule)});\n` +
      `console.log(JSON.stringify({ arenas: process.env.MALLOC_ARENA_MAX ?? null, ` +
      `args: process.argv.slice(2), flag: process.execArgv.includes("--no-warnings") }));\n`,
  );
  // eslint-disable-next-line no-restricted-properties -- the child's environment, not the app's
  const clean = { ...process.env, ...env };
  for (const [k, v] of Object.entries(clean)) if (v === undefined) delete clean[k];
  const out = execFileSync(process.execPath, ["--no-warnings", script, "--dev", "x y"], {
    env: clean,
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as {
    arenas: string | null;
    args: string[];
    flag: boolean;
  };
}

describe.runIf(process.platform === "linux")("malloc arenas", () => {
  it("restarts the entry once with two arenas, keeping its flags and arguments", () => {
    expect(run({ MALLOC_ARENA_MAX: undefined })).toEqual({
      arenas: "2",
      args: ["--dev", "x y"],
      flag: true,
    });
  });

  it("leaves a value the operator chose", () => {
    expect(run({ MALLOC_ARENA_MAX: "4" }).arenas).toBe("4");
  });
});
