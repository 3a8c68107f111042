import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

const entry = path.resolve(import.meta.dirname, "main.ts");

it("refuses to serve a build without AUTH_SECRET, naming it, before anything else", () => {
  // A folder of its own: no .env file and no build; NODE_ENV unset, as `npm start` leaves it.
  const cwd = mkdtempSync(path.join(tmpdir(), "entry-"));
  // eslint-disable-next-line no-restricted-properties -- the child's environment, not the app's
  const { PATH, HOME } = process.env;
  const result = spawnSync(process.execPath, [entry], {
    cwd,
    // Next's types make NODE_ENV required; this child must start without one.
    env: { PATH, HOME, MALLOC_ARENA_MAX: "2" } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("Xentree could not start: Invalid environment");
  expect(result.stderr).toContain("AUTH_SECRET: is required in production");
});
