// npm run bench: the performance suite (issue 16). Run `npm run build` first: it builds nothing.
// Starts the production server on BENCH_PORT (PGlite, then PostgreSQL, then a second instance on
// BENCH_PORT+1 for scale-out), measures, and prints one table: figure, value, target, met?, and
// the command that reproduces it. Asserts nothing: the machines are shared and noisy, so the
// figures that count are ratios measured back to back in one run (the load average is printed).
//
//   BENCH_PORT (3310)          first instance; BENCH_PORT+1 is the second
//   BENCH_DATABASE_URL         a PostgreSQL server (default DATABASE_URL); a fresh database is
//                              created on it and dropped after
//   BENCH_SECONDS (8)          duration of each HTTP load (the overhead ratio: 4 interleaved
//                              rounds of a quarter of it per route)
//   BENCH_CONNECTIONS (20)     concurrent connections of each HTTP load
//   BENCH_SEARCH_ROWS (100000) messages + notes for the search figure
//   BENCH_ONLY                 comma-separated sections: rest,chat,search,pages,memory,scale
//   BENCH_PAGES_DETAIL         set: print every script each page loads, with its size
//
// The parts, in bench/suite/: settings.ts (the variables above), world.ts (setup over REST),
// rest.ts (HTTP load and sequential latency), search.ts, pages.ts (page weights and memory),
// scale.ts, report.ts (the figures and the table).
import { existsSync, mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startInstance, stopInstance, type Instance } from "./lib/instances.ts";
import { idleMemory, pageWeights, rssMb } from "./suite/pages.ts";
import { printTable } from "./suite/report.ts";
import { chatOverhead, latencies, restOverhead } from "./suite/rest.ts";
import { scaleOut } from "./suite/scale.ts";
import { searchAtScale } from "./suite/search.ts";
import { settings } from "./suite/settings.ts";
import { makeWorld } from "./suite/world.ts";

const {
  port: PORT,
  seconds: SECONDS,
  connections: CONNECTIONS,
  pgUrl: PG_URL,
  only: ONLY,
} = settings;

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first (the bench builds nothing).");
  process.exit(1);
}

// ---------------------------------------------------------------- the run

async function createDatabase(url: string) {
  const name = `${new URL(url).pathname.slice(1) || "xentree"}_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    url: own.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

const started = Date.now();
const load0 = loadavg();
console.log(
  `Xentree performance suite: Node ${process.version}, ${SECONDS} s × ${CONNECTIONS} connections per load, load average ${load0.map((l) => l.toFixed(1)).join(" ")}`,
);

// PGlite
if (["rest", "chat", "pages", "memory"].some((s) => ONLY.has(s))) {
  console.log("\nPGlite (embedded)");
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "xentree-bench-")), "pglite");
  const instance = await startInstance(PORT, "", { PGLITE_DIR: dir });
  const startRss = rssMb(instance);
  try {
    const world = await makeWorld(instance.base, "l");
    // Pages first, on the fresh instance: the idle memory is measured right after them.
    if (ONLY.has("pages") || ONLY.has("memory"))
      await pageWeights(world, "Page", ONLY.has("pages"), instance);
    if (ONLY.has("memory")) await idleMemory(instance, "PGlite", false, startRss);
    if (ONLY.has("rest")) {
      await restOverhead(world, "PGlite");
      await latencies(world, "PGlite");
    }
    if (ONLY.has("chat")) await chatOverhead(world, "PGlite");
  } finally {
    await stopInstance(instance);
  }
}

// PostgreSQL
if (PG_URL) {
  console.log("\nPostgreSQL");
  const database = await createDatabase(PG_URL);
  let a: Instance | undefined;
  let b: Instance | undefined;
  try {
    a = await startInstance(PORT, database.url);
    const startRssPg = rssMb(a);
    const world = await makeWorld(a.base, "p");
    if (ONLY.has("memory")) {
      await pageWeights(world, "PostgreSQL", false, a);
      await idleMemory(a, "PostgreSQL", true, startRssPg);
    }
    if (ONLY.has("rest")) await restOverhead(world, "PostgreSQL");
    if (ONLY.has("chat")) await chatOverhead(world, "PostgreSQL");
    if (ONLY.has("scale")) {
      b = await startInstance(PORT + 1, database.url);
      await scaleOut(a, b, world);
    }
    if (ONLY.has("search")) await searchAtScale(world, database.url, "PostgreSQL");
  } finally {
    if (b) await stopInstance(b);
    if (a) await stopInstance(a);
    await database.drop();
  }
} else {
  console.log("\nNo BENCH_DATABASE_URL or DATABASE_URL: the PostgreSQL figures are skipped.");
}

const load1 = loadavg();
console.log(
  `\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s; load average now ${load1.map((l) => l.toFixed(1)).join(" ")} (shared machine: read ratios, not absolutes).\n`,
);
printTable();
process.exit(0);
