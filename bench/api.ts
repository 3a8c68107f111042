// npm run bench:api: latency of the main REST paths against the production build (npm run build
// first), on a fresh embedded database, or on DATABASE_URL when set. Prints a table; asserts
// nothing (shared machines are noisy: read the numbers, compare runs).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { call } from "./suite/world.ts";

const PORT = Number(process.env.BENCH_PORT ?? 3310);
const BASE = `http://127.0.0.1:${PORT}`;
const ROUNDS = Number(process.argv[2] ?? 200);

const server = spawn(process.execPath, ["server/main.ts"], {
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(PORT),
    HOST: "127.0.0.1",
    PGLITE_DIR: path.join(mkdtempSync(path.join(tmpdir(), "xentree-bench-")), "pglite"),
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-1234",
    REGISTRATIONS_PER_IP_PER_HOUR: "100000",
    LOGIN_FAILURES_PER_IP: "100000",
    OFFLINE_TUTOR_WORDS_PER_SECOND: "0",
    CHAT_DAILY_LIMITS: "free:1000000",
    LOG_LEVEL: "error",
  },
  stdio: ["ignore", "inherit", "inherit"],
});

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

const json = (method: string, url: string, body?: unknown, headers?: Record<string, string>) =>
  call(BASE, method, url, body, headers);

async function measure(name: string, rounds: number, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(10, rounds); i++) await run(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(
    `${name.padEnd(44)} ${String(rounds).padStart(5)}  p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms`,
  );
}

try {
  await waitForHealth();
  const password = "bench password";
  await json("POST", "/api/auth/register", {
    email: "bench@example.com",
    username: "bench",
    password,
  });
  const login = (await json("POST", "/api/auth/login", { username: "bench", password })) as {
    access_token: string;
  };
  const bearer = { authorization: `Bearer ${login.access_token}` };
  const org = (await json("POST", "/api/organizations", { name: "Bench" }, bearer)) as {
    id: string;
  };
  const key = (await json(
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
  for (let i = 0; i < 500; i++) {
    await json(
      "POST",
      "/api/core/notes",
      { title: `Note ${i}`, content: `Topic ${i % 50}: water, light and energy in cell ${i}` },
      bearer,
    );
  }

  console.log(`Xentree REST latency, one client, sequential requests (Node ${process.version})`);
  await measure("POST /api/auth/login (argon2id)", Math.min(ROUNDS, 50), () =>
    json("POST", "/api/auth/login", { username: "bench", password }),
  );
  await measure("GET /api/auth/me (bearer)", ROUNDS, () =>
    json("GET", "/api/auth/me", undefined, bearer),
  );
  await measure("GET /api/organizations/{id} (API key pipeline)", ROUNDS, () =>
    json("GET", `/api/organizations/${org.id}`, undefined, keyed),
  );
  await measure("GET /api/core/search over 500 notes", ROUNDS, (i) =>
    json(
      "GET",
      `/api/core/search?q=${encodeURIComponent(`how does light become energy in cell ${i % 50}`)}`,
      undefined,
      bearer,
    ),
  );
  await measure("POST /api/core/chat (offline tutor, stateless)", ROUNDS, () =>
    json("POST", "/api/core/chat", { message: "What is osmosis?" }, bearer),
  );
} finally {
  server.kill("SIGTERM");
}
