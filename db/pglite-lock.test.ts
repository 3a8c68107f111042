import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataFolder } from "./pglite-lock";

const folder = () => path.join(mkdtempSync(path.join(tmpdir(), "xentree-lock-")), "pglite");

describe("lockDataFolder", () => {
  it("refuses a folder another live process holds, naming it", async () => {
    const dir = folder();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(`${dir}.lock`, `${other.pid}:0`);
      expect(() => lockDataFolder(dir)).toThrow(new RegExp(`in use by process ${other.pid}`));
    } finally {
      other.kill();
    }
  });

  it("takes over a lock whose process is gone, and releases it", () => {
    const dir = folder();
    writeFileSync(`${dir}.lock`, "999999999:0");
    const release = lockDataFolder(dir);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
