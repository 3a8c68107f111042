// Tests never touch a developer's .data/pglite: the app's database is set per test file
// (tests/databases.ts), and anything else that opens one gets a throw-away folder.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

process.env.PGLITE_DIR = mkdtempSync(path.join(tmpdir(), "xentree-vitest-"));
