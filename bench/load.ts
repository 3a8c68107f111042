// npm run bench:load [-- --duration 60 --connections 200 --instances 1 --users 40]
// The mixed workload (bench/lib/workload.ts) against the production build (`npm run build`
// first) on PostgreSQL: DATABASE_URL, else a fresh database on the local server. Prints
// throughput, p50/p95/p99 and errors per action; zero errors is the bar. With --instances 2, two
// app instances share the database and the run ends by checking that per-key rate limits and
// Idempotency-Key replays stay exact across them. Not a test: read the numbers.
import { parseArgs } from "node:util";
import postgres from "postgres";
import { startInstance, stopInstance, type Instance } from "./lib/instances.ts";
import { Stats } from "./lib/stats.ts";
import { checkExactness } from "./lib/exactness.ts";
import { createVirtualUser, httpFor, pick, WORKLOAD, type VirtualUser } from "./lib/workload.ts";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "200" },
    instances: { type: "string", default: "1" },
    users: { type: "string", default: "40" },
  },
});
const DURATION_S = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const INSTANCES = Number(args.instances);
const PORT = Number(process.env.BENCH_PORT ?? 3200);

async function freshDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const name = `xentree_load_${Date.now().toString(36)}`;
  const admin = postgres("postgres://postgres@127.0.0.1:5432/postgres", {
    max: 1,
    onnotice: () => {},
  });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  return `postgres://postgres@127.0.0.1:5432/${name}`;
}

/** `connections` loops, each sending one request after another, for `seconds`. */
export async function drive(
  instances: Instance[],
  users: VirtualUser[],
  connections: number,
  seconds: number,
  stats: Stats,
) {
  const https = instances.map((i) => httpFor(i.base));
  const until = Date.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      while (Date.now() < until) {
        const i = n++;
        const action = pick(WORKLOAD, Math.random());
        const user = users[c % users.length]!;
        const start = performance.now();
        try {
          const { status, body } = await action.run(user, https[i % https.length]!, i);
          const code = (body as { detail?: { error?: string } } | null)?.detail?.error;
          stats.record(
            action.name,
            performance.now() - start,
            status >= 400 ? `${status} ${code ?? ""}` : undefined,
          );
        } catch (error) {
          stats.record(
            action.name,
            performance.now() - start,
            `network: ${(error as Error).message}`,
          );
        }
      }
    }),
  );
}

const url = await freshDatabase();
const instances: Instance[] = [];
try {
  for (let i = 0; i < INSTANCES; i++) instances.push(await startInstance(PORT + i, url));
  const setup = httpFor(instances[0]!.base);
  const users: VirtualUser[] = [];
  const tag = Date.now().toString(36);
  for (let u = 0; u < Number(args.users); u++)
    users.push(await createVirtualUser(setup, `${tag}_${u}`));
  console.log(
    `${CONNECTIONS} connections for ${DURATION_S} s, ${INSTANCES} instance(s), ${users.length} users, PostgreSQL`,
  );
  const stats = new Stats();
  const started = performance.now();
  await drive(instances, users, CONNECTIONS, DURATION_S, stats);
  stats.print((performance.now() - started) / 1000);
  if (INSTANCES > 1) await checkExactness(instances, users[0]!);
  if (stats.totalErrors > 0) process.exitCode = 1;
} finally {
  for (const instance of instances) await stopInstance(instance);
}
