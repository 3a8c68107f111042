// Starting app instances (the production build, `npm run build` first) and a private PostgreSQL
// cluster for the load and fault runs.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type Instance = {
  base: string;
  port: number;
  process: ChildProcess;
  exited: Promise<number | null>;
};

/**
 * Starts one app instance on `port` against `databaseUrl` (empty: PGlite in `PGLITE_DIR` of
 * `extraEnv`), and waits until it is healthy.
 */
export async function startInstance(
  port: number,
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<Instance> {
  const inherited = { ...process.env };
  if (!databaseUrl) delete inherited.DATABASE_URL;
  const child = spawn(process.execPath, ["server/main.ts"], {
    env: {
      ...inherited,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      ...(databaseUrl && { DATABASE_URL: databaseUrl }),
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret-1234",
      REGISTRATIONS_PER_IP_PER_HOUR: "1000000",
      LOGIN_FAILURES_PER_IP: "1000000",
      OFFLINE_TUTOR_WORDS_PER_SECOND: "0",
      CHAT_DAILY_LIMITS: "free:100000000",
      LOG_LEVEL: "error",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null)
      throw new Error(`instance on ${port} exited: ${stderr.slice(-2000)}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, port, process: child, exited };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGKILL");
  throw new Error(`instance on ${port} did not become healthy: ${stderr.slice(-2000)}`);
}

export async function stopInstance(instance: Instance) {
  if (instance.process.exitCode !== null) return;
  instance.process.kill("SIGTERM");
  await Promise.race([instance.exited, new Promise((r) => setTimeout(r, 5000))]);
  if (instance.process.exitCode === null) instance.process.kill("SIGKILL");
}

const PG_BIN = "/usr/lib/postgresql/15/bin";

/**
 * A throw-away PostgreSQL cluster of our own (never the machine's shared server, which others'
 * tests use), run as the `postgres` user since initdb refuses root. Restartable at will.
 */
export class PrivatePostgres {
  readonly dir: string;
  readonly port: number;
  constructor(port: number) {
    this.port = port;
    const root = mkdtempSync(path.join(tmpdir(), "xentree-chaos-pg-"));
    chmodSync(root, 0o777);
    this.dir = path.join(root, "data");
  }

  get url() {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private asPostgres(command: string) {
    const asRoot = process.getuid?.() === 0;
    return asRoot
      ? execFileSync("su", ["postgres", "-c", command], { stdio: "pipe" }).toString()
      : execFileSync("sh", ["-c", command], { stdio: "pipe" }).toString();
  }

  init() {
    if (!existsSync(this.dir)) mkdirSync(path.dirname(this.dir), { recursive: true });
    this.asPostgres(`${PG_BIN}/initdb -D ${this.dir} -A trust -U postgres --no-sync >/dev/null`);
    this.start();
  }

  start() {
    this.asPostgres(
      `${PG_BIN}/pg_ctl -D ${this.dir} -l ${this.dir}.log -w -o "-p ${this.port} -k /tmp -c fsync=off -c max_connections=200" start >/dev/null`,
    );
  }

  /** A fast restart: open connections are cut, as in a failover or a crash-restart. */
  restart() {
    this.asPostgres(
      `${PG_BIN}/pg_ctl -D ${this.dir} -l ${this.dir}.log -w -m fast -o "-p ${this.port} -k /tmp -c fsync=off -c max_connections=200" restart >/dev/null`,
    );
  }

  stop() {
    try {
      this.asPostgres(`${PG_BIN}/pg_ctl -D ${this.dir} -w -m fast stop >/dev/null`);
    } catch {
      // already stopped
    }
  }
}
