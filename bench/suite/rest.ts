// The REST figures: HTTP load (autocannon) for the overhead ratio of an authenticated read, and
// sequential latency (login, /me, the chat stream's first byte) one client at a time.
import autocannon from "autocannon";
import { percentile } from "../retrieval-metrics.ts";
import { record } from "./report.ts";
import { ROUNDS, settings } from "./settings.ts";
import { call, type World } from "./world.ts";

const SECONDS = settings.seconds;
const CONNECTIONS = settings.connections;

// ---------------------------------------------------------------- HTTP load

type HeaderSet = Record<string, string>;

/** One HTTP load; a list of headers is cycled through, request by request (a pool of keys). */
async function fire(
  url: string,
  headers: HeaderSet | HeaderSet[],
  connections: number,
  seconds: number,
) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    ...(Array.isArray(headers) ? { requests: headers.map((h) => ({ headers: h })) } : { headers }),
  });
  return {
    n: result.requests.total,
    s: result.duration || seconds,
    bad: result.non2xx + result.errors + result.timeouts,
    p50: result.latency.p50,
  };
}

export async function load(
  url: string,
  headers: HeaderSet | HeaderSet[] = {},
  connections = CONNECTIONS,
) {
  const r = await fire(url, headers, connections, SECONDS);
  return { rps: r.n / r.s, bad: r.bad, p50: r.p50 };
}

/**
 * The read used for the overhead ratio: GET /api/core/notes?limit=1, one indexed query (the
 * caller's newest note, notes_user_updated_idx), by API key (lookup, scope, IP allowlist, rate
 * limit) and by bearer token (signature, session), against GET /api/health (one `select 1`).
 */
export async function restOverhead(world: World, label: string) {
  const read = `${world.base}/api/core/notes?limit=1`;
  const kinds = {
    health: [`${world.base}/api/health`, {}],
    key: [read, world.keys],
    bearer: [read, world.bearer],
  } as const;
  // Warm-up: JIT, pools, caches.
  for (const [url, headers] of Object.values(kinds)) await fire(url, headers, 4, 2);
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
      const r = await fire(url, headers, CONNECTIONS, SECONDS / ROUNDS);
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

// ---------------------------------------------------------------- sequential latency

export async function timed(rounds: number, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(10, rounds); i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const answer = await run(i);
    // A run may answer its own measure (the time to a first byte, not to the end).
    times.push(typeof answer === "number" ? answer : performance.now() - t);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export async function latencies(world: World, label: string) {
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
export async function chatOverhead(world: World, label: string) {
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
