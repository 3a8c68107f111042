// npm run chaos [-- --seconds 20]: fault runs against the production build (`npm run build`
// first) on a private PostgreSQL cluster (never the machine's shared server):
// 1. PostgreSQL restarts under load: the app recovers by itself, answers 503 (never 500, never a
//    crash) meanwhile, and every acknowledged write (bench/lib/writes.ts) is there exactly once;
// 2. an app instance is killed mid-stream: every acknowledged question is kept;
// 3. an AI provider that hangs: 503 provider_unavailable within AI_TIMEOUT_SECONDS, question kept.
// Exits non-zero when a check fails. Repeatable: each run makes its own cluster and data.
import { createServer } from "node:net";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { PrivatePostgres, startInstance, stopInstance, type Instance } from "./lib/instances.ts";
import { Stats } from "./lib/stats.ts";
import { WRITE_KINDS } from "./lib/writes.ts";
import { createVirtualUser, httpFor, pick, WORKLOAD, type VirtualUser } from "./lib/workload.ts";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    readers: { type: "string", default: "30" },
  },
});
const SECONDS = Number(args.seconds);
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3200) + 1;
const PG_PORT = Number(process.env.CHAOS_PG_PORT ?? 4250);
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

async function restartUnderLoad(instance: Instance, users: VirtualUser[], pg: PrivatePostgres) {
  console.log(
    `\n1. PostgreSQL restart under load (${SECONDS} s, restart at ${Math.round(SECONDS / 4)} s)`,
  );
  const http = httpFor(instance.base);
  const statuses = new Map<number, number>();
  const seen = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
  const failedAt: number[] = [];
  const stats = new Stats();
  const until = Date.now() + SECONDS * 1000;
  const acked = new Map<string, string[]>(WRITE_KINDS.map((k) => [k.name, []]));
  let n = 0;
  const writers = WRITE_KINDS.flatMap((kind) =>
    Array.from({ length: kind.writers }, async (_, w) => {
      while (Date.now() < until) {
        const id = await kind.write(users[w % users.length]!, http, n++, (s) => {
          seen(s);
          if (s >= 500 || s === 0) failedAt.push(Date.now());
        });
        if (id !== null) acked.get(kind.name)!.push(id);
      }
    }),
  );
  const readers = Array.from({ length: Number(args.readers) }, async (_, r) => {
    while (Date.now() < until) {
      const action = pick(WORKLOAD, Math.random());
      const start = performance.now();
      try {
        const res = await action.run(users[r % users.length]!, http, n++);
        seen(res.status);
        if (res.status >= 500) failedAt.push(Date.now());
        stats.record(
          action.name,
          performance.now() - start,
          res.status >= 400 ? String(res.status) : undefined,
        );
      } catch (error) {
        seen(0);
        failedAt.push(Date.now());
        stats.record(
          action.name,
          performance.now() - start,
          `network: ${(error as Error).message}`,
        );
      }
    }
  });
  await new Promise((r) => setTimeout(r, (SECONDS / 4) * 1000));
  const restartAt = Date.now();
  pg.restart();
  console.log(`   restarted PostgreSQL in ${Date.now() - restartAt} ms`);
  await Promise.all([...writers, ...readers]);

  console.log(
    `   statuses: ${[...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, c]) => `${s || "network"} × ${c}`)
      .join(", ")}`,
  );
  if (failedAt.length > 0) {
    const bySecond = new Map<number, number>();
    for (const t of failedAt) {
      const s = Math.floor((t - restartAt) / 1000);
      bySecond.set(s, (bySecond.get(s) ?? 0) + 1);
    }
    const spread = [...bySecond].map(([s, c]) => `+${s}s: ${c}`).join(", ");
    console.log(`   503s (answered at) by second after the restart: ${spread}`);
  }
  check(instance.process.exitCode === null, "the app instance is still running");
  check(!statuses.has(500), "no 500 during the outage (503 with Retry-After instead)");
  check(!statuses.has(0), "no dropped connection");
  const after = await http("GET", "/api/auth/me", { headers: users[0]!.bearer });
  check(after.status === 200, "the app answers normally after the restart, by itself");
  const sql = postgres(`${pg.url}`, { max: 2, onnotice: () => {} });
  try {
    for (const kind of WRITE_KINDS) {
      const list = acked.get(kind.name)!;
      const problems = await kind.verify(sql, list);
      check(
        problems.length === 0,
        `${kind.name}: ${list.length} acknowledged, ${problems.length} missing or duplicated ${problems.slice(0, 3).join("; ")}`,
      );
    }
  } finally {
    await sql.end();
  }
}

async function killMidStream(url: string, survivor: Instance, user: VirtualUser) {
  console.log("\n2. An app instance killed mid-stream");
  const victim = await startInstance(BASE_PORT + 1, url, { OFFLINE_TUTOR_WORDS_PER_SECOND: "5" });
  const questions: { message: string; conversationId: string }[] = [];
  const streams = Array.from({ length: 8 }, async (_, i) => {
    const message = `stream question ${i} ${Date.now()}`;
    const conversation = await httpFor(survivor.base)("POST", "/api/core/conversations", {
      headers: user.bearer,
      body: {},
    });
    const conversationId = (conversation.body as { id: string }).id;
    const response = await fetch(`${victim.base}/api/core/chat`, {
      method: "POST",
      headers: { ...user.bearer, "content-type": "application/json" },
      body: JSON.stringify({ message, conversation_id: conversationId, stream: true }),
    });
    const reader = response.body!.getReader();
    const { value } = await reader.read(); // the `start` event: the question is acknowledged
    if (new TextDecoder().decode(value).includes("event: start"))
      questions.push({ message, conversationId });
    await reader.read().catch(() => undefined);
    reader.read().catch(() => undefined);
  });
  await Promise.all(streams);
  await new Promise((r) => setTimeout(r, 1000));
  victim.process.kill("SIGKILL");
  await victim.exited;
  const http = httpFor(survivor.base);
  let kept = 0;
  let streaming = 0;
  for (const q of questions) {
    const page = await http("GET", `/api/core/conversations/${q.conversationId}/messages`, {
      headers: user.bearer,
    });
    const items = (page.body as { items: { role: string; content: string; status: string }[] })
      .items;
    if (items.some((m) => m.role === "user" && m.content === q.message)) kept++;
    streaming += items.filter((m) => m.role === "assistant" && m.status === "streaming").length;
  }
  check(
    questions.length > 0 && kept === questions.length,
    `${kept} of ${questions.length} acknowledged questions kept after kill -9`,
  );
  console.log(
    `   ${streaming} unfinished answers left as status "streaming" (text saved up to the last save)`,
  );
}

async function hangingProvider(url: string, user: VirtualUser) {
  console.log("\n3. An AI provider that hangs");
  const sockets = new Set<import("node:net").Socket>();
  const hang = createServer((socket) => sockets.add(socket)); // accepts, never answers
  await new Promise<void>((r) => hang.listen(0, "127.0.0.1", r));
  const port = (hang.address() as { port: number }).port;
  const instance = await startInstance(BASE_PORT + 2, url, {
    OPENAI_COMPATIBLE_BASE_URL: `http://127.0.0.1:${port}/v1`,
    OPENAI_COMPATIBLE_API_KEY: "none",
    AI_TIMEOUT_SECONDS: "3",
  });
  try {
    const http = httpFor(instance.base);
    const conversation = await http("POST", "/api/core/conversations", {
      headers: user.bearer,
      body: {},
    });
    const conversationId = (conversation.body as { id: string }).id;
    const started = Date.now();
    const answer = await http("POST", "/api/core/chat", {
      headers: user.bearer,
      body: {
        message: "Are you there?",
        conversation_id: conversationId,
        provider: "openai-compatible",
      },
    });
    const took = Date.now() - started;
    const code = (answer.body as { detail?: { error?: string } }).detail?.error;
    check(
      answer.status === 503 && code === "provider_unavailable",
      `hanging provider: ${answer.status} ${code} after ${took} ms (timeout 3 s)`,
    );
    check(took < 3000 + 2000, "answered within the timeout (+2 s margin)");
    const page = await http("GET", `/api/core/conversations/${conversationId}/messages`, {
      headers: user.bearer,
    });
    const items = (page.body as { items: { role: string; content: string }[] }).items;
    check(
      items.some((m) => m.role === "user" && m.content === "Are you there?"),
      "the question is kept",
    );
  } finally {
    await stopInstance(instance);
    for (const s of sockets) s.destroy();
    hang.close();
  }
}

const pg = new PrivatePostgres(PG_PORT);
const instances: Instance[] = [];
try {
  pg.init();
  const main = await startInstance(BASE_PORT, pg.url);
  instances.push(main);
  const setup = httpFor(main.base);
  const tag = Date.now().toString(36);
  const users: VirtualUser[] = [];
  for (let u = 0; u < 6; u++) users.push(await createVirtualUser(setup, `chaos_${tag}_${u}`));
  await restartUnderLoad(main, users, pg);
  await killMidStream(pg.url, main, users[0]!);
  await hangingProvider(pg.url, users[1]!);
} finally {
  for (const instance of instances) await stopInstance(instance);
  pg.stop();
}
console.log(
  failures.length === 0
    ? "\nall fault checks passed"
    : `\n${failures.length} fault check(s) failed`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
