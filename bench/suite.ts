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
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { startInstance, stopInstance, type Instance } from "./lib/instances";

const PORT = Number(process.env.BENCH_PORT ?? 3310);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ROUNDS = 4;
const SEARCH_ROWS = Number(process.env.BENCH_SEARCH_ROWS ?? 100_000);
const PG_URL = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
const ONLY = new Set(
  (process.env.BENCH_ONLY ?? "rest,chat,search,pages,memory,scale").split(",").map((s) => s.trim()),
);

type Row = { figure: string; value: string; target: string; met: string; command: string };
const rows: Row[] = [];
function record(
  figure: string,
  value: string,
  target = "",
  met: boolean | null = null,
  command = "npm run bench",
) {
  rows.push({ figure, value, target, met: met === null ? "" : met ? "yes" : "NO", command });
  console.log(`  ${figure}: ${value}${target ? ` (target ${target})` : ""}`);
}

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first (the bench builds nothing).");
  process.exit(1);
}

// ---------------------------------------------------------------- setup over REST

type World = {
  base: string;
  bearer: Record<string, string>;
  keyed: Record<string, string>;
  orgId: string;
  username: string;
  password: string;
};

async function call(
  base: string,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(base + url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

async function makeWorld(base: string, tag: string): Promise<World> {
  const username = `bench${tag}${Date.now().toString(36)}`;
  const password = "bench password";
  await call(base, "POST", "/api/auth/register", {
    email: `${username}@example.com`,
    username,
    password,
  });
  const login = (await call(base, "POST", "/api/auth/login", { username, password })) as {
    access_token: string;
  };
  const bearer = { authorization: `Bearer ${login.access_token}` };
  const org = (await call(
    base,
    "POST",
    "/api/organizations",
    { name: `Bench ${tag}` },
    bearer,
  )) as { id: string };
  const key = (await call(
    base,
    "POST",
    "/api/api-keys",
    {
      name: "bench",
      organization_id: org.id,
      permissions: ["api:admin"],
      rate_limit_per_minute: 6000,
    },
    bearer,
  )) as { key_value: string };
  const keyed = { "x-api-key": key.key_value };
  // Made by the key, so it belongs to the key's organization: both credentials read it.
  await call(
    base,
    "POST",
    "/api/core/notes",
    { title: "Bench", content: "One note to read." },
    keyed,
  );
  return { base, bearer, keyed, orgId: org.id, username, password };
}

// ---------------------------------------------------------------- HTTP load

async function load(url: string, headers: Record<string, string> = {}, connections = CONNECTIONS) {
  const result = await autocannon({ url, headers, connections, duration: SECONDS, pipelining: 1 });
  const bad = result.non2xx + result.errors + result.timeouts;
  return {
    rps: result.requests.total / (result.duration || SECONDS),
    bad,
    p50: result.latency.p50,
  };
}

/**
 * The read used for the overhead ratio: GET /api/core/notes?limit=1, one indexed query (the
 * caller's newest note, notes_user_updated_idx), by API key (lookup, scope, IP allowlist, rate
 * limit) and by bearer token (signature, session), against GET /api/health (one `select 1`).
 */
async function restOverhead(world: World, label: string) {
  const read = `${world.base}/api/core/notes?limit=1`;
  const kinds = {
    health: [`${world.base}/api/health`, {}],
    key: [read, world.keyed],
    bearer: [read, world.bearer],
  } as const;
  // Warm-up: JIT, pools, caches.
  for (const [url, headers] of Object.values(kinds)) await quick(url, headers, 4, 2);
  // Interleaved short runs, the order rotating each round, so that a change in the machine's load
  // (other agents) falls on all three alike; each figure is its total over the rounds.
  const total = {
    health: { n: 0, s: 0, bad: 0 },
    key: { n: 0, s: 0, bad: 0 },
    bearer: { n: 0, s: 0, bad: 0 },
  };
  const names = Object.keys(kinds) as Array<keyof typeof kinds>;
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!;
      const [url, headers] = kinds[name];
      const r = await quick(url, headers, CONNECTIONS, SECONDS / ROUNDS);
      total[name].n += r.n;
      total[name].s += r.s;
      total[name].bad += r.bad;
    }
  }
  const rps = (name: keyof typeof total) => total[name].n / total[name].s;
  const health = rps("health");
  const cmd = `BENCH_ONLY=rest npm run bench`;
  record(`${label}: GET /api/health (select 1)`, `${health.toFixed(0)} req/s`, "", null, cmd);
  for (const name of ["key", "bearer"] as const) {
    const bad = total[name].bad;
    record(
      `${label}: ${name} read (GET /api/core/notes?limit=1)`,
      `${rps(name).toFixed(0)} req/s${bad ? `, ${bad} non-2xx` : ""}`,
      "",
      null,
      cmd,
    );
  }
  for (const name of ["key", "bearer"] as const) {
    const ratio = rps(name) / health;
    record(
      `${label}: ${name} read / health`,
      ratio.toFixed(2),
      "≥ 0.80",
      ratio >= 0.8 && total[name].bad === 0,
      cmd,
    );
  }
}

async function quick(
  url: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
) {
  const result = await autocannon({ url, headers, connections, duration: seconds, pipelining: 1 });
  return {
    n: result.requests.total,
    s: result.duration || seconds,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

// ---------------------------------------------------------------- sequential latency

function percentile(values: number[], q: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function timed(rounds: number, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(10, rounds); i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const answer = await run(i);
    // A run may answer its own measure (the time to a first byte, not to the end).
    times.push(typeof answer === "number" ? answer : performance.now() - t);
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

async function latencies(world: World, label: string) {
  const cmd = "BENCH_ONLY=rest npm run bench";
  const login = await timed(20, () =>
    call(world.base, "POST", "/api/auth/login", {
      username: world.username,
      password: world.password,
    }),
  );
  record(
    `${label}: POST /api/auth/login p50 (argon2id)`,
    `${login.p50.toFixed(1)} ms`,
    "",
    null,
    cmd,
  );
  const me = await timed(100, () =>
    call(world.base, "GET", "/api/auth/me", undefined, world.bearer),
  );
  record(`${label}: GET /api/auth/me p50, one client`, `${me.p50.toFixed(1)} ms`, "", null, cmd);
}

/** Time to the first streamed byte of /api/core/chat, minus the model's own time to its first part. */
async function chatOverhead(world: World, label: string) {
  // The built-in offline tutor with OFFLINE_TUTOR_WORDS_PER_SECOND=0 is the instant model.
  const { OfflineTutorModel } = await import("@/server/ai/offline-tutor");
  const model = new OfflineTutorModel(0);
  const own = await timed(50, async () => {
    const { stream } = await model.doStream({
      prompt: [{ role: "user", content: [{ type: "text", text: "What is osmosis?" }] }],
    } as Parameters<typeof model.doStream>[0]);
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
  });
  const first = await timed(100, async () => {
    const t = performance.now();
    const res = await fetch(`${world.base}/api/core/chat`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", ...world.bearer },
      body: JSON.stringify({ message: "What is osmosis?", stream: true }),
    });
    if (!res.ok || !res.body) throw new Error(`chat: ${res.status}`);
    const reader = res.body.getReader();
    await reader.read();
    const ms = performance.now() - t;
    await reader.cancel();
    return ms;
  });
  const cmd = "BENCH_ONLY=chat npm run bench";
  record(
    `${label}: chat first byte p50 (p95)`,
    `${first.p50.toFixed(1)} ms (${first.p95.toFixed(1)})`,
    "",
    null,
    cmd,
  );
  record(
    `${label}: chat overhead p50 (first byte − model's ${own.p50.toFixed(2)} ms)`,
    `${(first.p50 - own.p50).toFixed(1)} ms`,
    "≤ 25 ms",
    first.p50 - own.p50 <= 25,
    cmd,
  );
}

// ---------------------------------------------------------------- search at scale

const VOCABULARY = (
  "water light energy cell membrane osmosis protein enzyme carbon oxygen photosynthesis plant " +
  "root leaf sugar glucose respiration mitochondria nucleus gene DNA RNA chromosome mutation " +
  "evolution species habitat climate temperature pressure volume gas liquid solid molecule atom " +
  "electron proton neutron charge current voltage resistance circuit magnet field force mass " +
  "acceleration velocity momentum friction gravity orbit planet star galaxy telescope wave " +
  "frequency sound vibration reflection refraction lens mirror spectrum colour heat conduction " +
  "convection radiation insulation metal alloy crystal salt acid base neutral reaction catalyst " +
  "equation balance fraction ratio percentage algebra geometry triangle circle angle area " +
  "perimeter volume graph slope function variable integer prime factor multiple history empire " +
  "war treaty revolution parliament king queen trade river mountain desert ocean continent " +
  "island language grammar verb noun adjective sentence paragraph essay poem novel author " +
  "character theme metaphor rhythm rhyme chapter library museum experiment hypothesis evidence " +
  "data sample measure error average median variance probability chance dice coin random"
).split(" ");

// A vocabulary the size of real text: the words above (the most frequent) and 5,000 made-up ones,
// so that, as in real notes, a query's words are in some rows and not in most.
const SYLLABLES = "ba ko ri mu te sa lo vi ne da pu ge ho ka zi".split(" ");
const WORDS = [
  ...VOCABULARY,
  ...Array.from(
    { length: 5000 },
    (_, i) =>
      SYLLABLES[i % 15]! +
      SYLLABLES[Math.floor(i / 15) % 15]! +
      SYLLABLES[Math.floor(i / 225) % 15]! +
      "n",
  ),
];

async function seedSearch(pgUrl: string, userId: string, total: number) {
  const sql = postgres(pgUrl, { max: 1, onnotice: () => {} });
  try {
    const half = Math.floor(total / 2);
    const text = (n: number) =>
      `(select string_agg((array[${WORDS.map((w) => `'${w}'`).join(",")}])[1 + floor(${WORDS.length} * power(random(), 2))::int], ' ') from generate_series(1, ${n}) w where g > 0)`;
    await sql.unsafe(
      `
      insert into conversations (user_id, title)
      select '${userId}', 'Conversation ' || g from generate_series(1, 500) g`.replace(/\s+/g, " "),
    );
    await sql`
      insert into messages (conversation_id, user_id, role, content)
      select c.id, ${userId}, case when g % 2 = 0 then 'user' else 'assistant' end,
        ${sql.unsafe(text(40))}
      from generate_series(1, ${half}) g
      join (select id, row_number() over () - 1 as n from conversations where user_id = ${userId}) c
        on c.n = g % 500`;
    await sql`
      insert into notes (user_id, title, content)
      select ${userId}, 'Note ' || g || ' ' || ${sql.unsafe(text(3))}, ${sql.unsafe(text(60))}
      from generate_series(1, ${total - half}) g`;
    await sql`analyze messages`;
    await sql`analyze notes`;
    await sql`analyze conversations`;
  } finally {
    await sql.end();
  }
}

async function explainSearch(pgUrl: string, userId: string, q: string) {
  const sql = postgres(pgUrl, { max: 1, onnotice: () => {} });
  try {
    const query = q
      .split(" ")
      .map((w) => `${w.toLowerCase()}:*`)
      .join(" | ");
    const plans: string[] = [];
    for (const statement of [
      `select m.id, ts_rank_cd(m.search, q) r from messages m join conversations c on c.id = m.conversation_id, to_tsquery('english', $2) q
       where c.user_id = $1 and m.status = 'complete' and m.search @@ q order by r desc limit 10`,
      `select n.id, ts_rank_cd(n.search, q) r from notes n, to_tsquery('english', $2) q
       where n.user_id = $1 and n.search @@ q order by r desc limit 10`,
    ]) {
      const plan = await sql.unsafe(`explain (costs off) ${statement}`, [userId, query]);
      plans.push(plan.map((r) => Object.values(r)[0] as string).join("\n"));
    }
    return plans;
  } finally {
    await sql.end();
  }
}

async function searchAtScale(world: World, pgUrl: string, label: string) {
  const me = (await call(world.base, "GET", "/api/auth/me", undefined, world.bearer)) as {
    id: string;
  };
  const started = performance.now();
  await seedSearch(pgUrl, me.id, SEARCH_ROWS);
  console.log(
    `  seeded ${SEARCH_ROWS} messages and notes in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
  const queries = Array.from({ length: 60 }, () =>
    Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => WORDS[Math.floor(random() * WORDS.length)],
    ).join(" "),
  );
  const times = await timed(queries.length, (i) =>
    call(
      world.base,
      "GET",
      `/api/core/search?q=${encodeURIComponent(queries[i % queries.length]!)}`,
      undefined,
      world.bearer,
    ),
  );
  const cmd = "BENCH_ONLY=search npm run bench";
  record(
    `${label}: search box over ${SEARCH_ROWS / 1000}k messages+notes, p50`,
    `${times.p50.toFixed(1)} ms`,
    "",
    null,
    cmd,
  );
  record(
    `${label}: search box over ${SEARCH_ROWS / 1000}k messages+notes, p95`,
    `${times.p95.toFixed(1)} ms`,
    "",
    null,
    cmd,
  );
  const plans = await explainSearch(pgUrl, me.id, queries[0]!);
  const indexed = plans.map((p) => /Bitmap Index Scan on (messages|notes)_search_idx/.test(p));
  record(
    `${label}: search plans use the GIN indexes (messages, notes)`,
    indexed.map((b) => (b ? "yes" : "no")).join(", "),
    "both",
    indexed.every(Boolean),
    cmd,
  );
  console.log(plans.map((p) => p.replace(/^/gm, "    ")).join("\n\n"));
}

// ---------------------------------------------------------------- pages: weight and memory

/** The pages of e2e/ui/visual.spec.ts, read from its `pages()` list. */
function pageList(orgId: string, moduleId: string) {
  const source = readFileSync("e2e/ui/visual.spec.ts", "utf8");
  const body = source.slice(
    source.indexOf("function pages("),
    source.indexOf("\n}\n", source.indexOf("function pages(")),
  );
  const found = [...body.matchAll(/["`](\/[^"`]*)["`]/g)].map((m) =>
    m[1]!.replace("${orgId}", orgId).replace("${moduleId}", moduleId),
  );
  const signedOutEnd = body.indexOf("signedIn");
  const signedOut = [...body.slice(0, signedOutEnd).matchAll(/["`](\/[^"`]*)["`]/g)].length;
  return {
    signedOut: found.slice(0, signedOut),
    signedIn: found.slice(signedOut).filter((p) => !p.includes("${")),
  };
}

async function pageWeights(world: World, label: string, report: boolean, instance?: Instance) {
  const { chromium } = await import("@playwright/test");
  const modules = (await call(world.base, "GET", "/api/xel/modules", undefined, world.bearer)) as {
    items: Array<{ id: string }>;
  };
  const lists = pageList(world.orgId, modules.items[0]?.id ?? "none");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  const weights: Array<{ page: string; kb: number }> = [];
  try {
    const signIn = await browser.newContext({ baseURL: world.base });
    const page = await signIn.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Username or email").fill(world.username);
    await page.getByLabel("Password").fill(world.password);
    await page.getByTestId("sign-in-submit").click();
    await page.waitForURL(/\/home$/);
    const state = await signIn.storageState();
    await signIn.close();
    for (const [signedIn, list] of [
      [false, lists.signedOut],
      [true, lists.signedIn],
    ] as const) {
      for (const url of list) {
        // A fresh context each time: an empty cache, as a first visit.
        const context = await browser.newContext({
          baseURL: world.base,
          ...(signedIn && { storageState: state }),
        });
        const p = await context.newPage();
        const scripts: Array<Promise<number>> = [];
        p.on("requestfinished", (request) => {
          if (request.resourceType() === "script")
            scripts.push(
              request.sizes().then((s) => {
                // BENCH_PAGES_DETAIL=1: each script of each page, to see what a page pulls in.
                if (process.env.BENCH_PAGES_DETAIL)
                  console.log(
                    `  ${url} ${(s.responseBodySize / 1024).toFixed(1)} kB ${request.url()}`,
                  );
                return s.responseBodySize;
              }),
            );
        });
        await p.goto(url, { waitUntil: "networkidle" });
        const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
        weights.push({
          page: url
            .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "{id}")
            .replace(/\/modules\/[^/?]+/, "/modules/{id}"),
          kb: bytes / 1024,
        });
        // BENCH_PAGES_DETAIL=1 also shows the server's RSS after each page, to see what grows it.
        if (process.env.BENCH_PAGES_DETAIL && instance)
          console.log(`  ${url}: server RSS ${rssMb(instance).toFixed(0)} MB`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  if (report) {
    for (const w of weights) {
      const docs = w.page.startsWith("/docs");
      record(
        `${label}: first-load JS ${w.page}`,
        `${w.kb.toFixed(0)} kB`,
        docs ? "≤ 200 kB (docsite's)" : "≤ 200 kB",
        w.kb <= 200,
        "BENCH_ONLY=pages npm run bench",
      );
    }
  }
  return weights;
}

function rssMb(instance: Instance) {
  const status = readFileSync(`/proc/${instance.process.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Run on a fresh instance right after every page was served once (pageWeights), before any load. */
async function idleMemory(instance: Instance, label: string, target: boolean, atStart: number) {
  await new Promise((r) => setTimeout(r, 10_000));
  const mb = rssMb(instance);
  record(
    `${label}: idle RSS, fresh server, after every page served once`,
    `${mb.toFixed(0)} MB (${atStart.toFixed(0)} MB when started)`,
    target ? "≤ 200 MB" : "(beside PostgreSQL's)",
    target ? mb <= 200 : null,
    "BENCH_ONLY=memory npm run bench",
  );
}

// ---------------------------------------------------------------- scale-out

async function scaleOut(a: Instance, b: Instance, world: World) {
  const read = (base: string) => `${base}/api/core/notes?limit=1`;
  const one = await load(read(a.base), world.keyed);
  const both = await Promise.all([
    load(read(a.base), world.keyed, CONNECTIONS / 2),
    load(read(b.base), world.keyed, CONNECTIONS / 2),
  ]);
  const two = both[0].rps + both[1].rps;
  const cmd = "BENCH_ONLY=scale npm run bench";
  record("PostgreSQL: key read, one instance", `${one.rps.toFixed(0)} req/s`, "", null, cmd);
  record(
    "PostgreSQL: key read, two instances (same connections)",
    `${two.toFixed(0)} req/s (${(two / one.rps).toFixed(2)}×)`,
    "> 1×",
    two > one.rps,
    cmd,
  );
  // Exactness across instances: a key limited to 30 a minute, 60 requests spread over both.
  const limited = (await call(
    world.base,
    "POST",
    "/api/api-keys",
    {
      name: "limited",
      organization_id: world.orgId,
      permissions: ["api:admin"],
      rate_limit_per_minute: 30,
    },
    world.bearer,
  )) as { key_value: string };
  const statuses = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      fetch(read(i % 2 ? b.base : a.base), { headers: { "x-api-key": limited.key_value } }).then(
        (r) => r.status,
      ),
    ),
  );
  const ok = statuses.filter((s) => s === 200).length;
  record(
    "PostgreSQL: a 30/min key, 60 requests over two instances: admitted",
    String(ok),
    "≤ 30 (never more)",
    ok <= 30,
    cmd,
  );
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
const head: Row = {
  figure: "Figure",
  value: "Value",
  target: "Target",
  met: "Met?",
  command: "Command",
};
const widths = (Object.keys(head) as Array<keyof Row>).map((k) =>
  Math.max(...[head, ...rows].map((r) => r[k].length)),
);
const line = (r: Row) =>
  "| " +
  (Object.keys(head) as Array<keyof Row>).map((k, i) => r[k].padEnd(widths[i]!)).join(" | ") +
  " |";
console.log(line(head));
console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
for (const r of rows) console.log(line(r));
process.exit(0);
