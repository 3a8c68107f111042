// The process entry: `npm start` (production build) and `npm run dev`. Run by Node's own
// TypeScript support, so it imports only relative `.ts` files, node built-ins and packages.
// It exists for one reason `next start` cannot serve: it owns the client address (the socket's,
// or a trusted proxy's X-Forwarded-For), which Next.js would take from any client-sent header.
// First: it may restart the process with a setting the C library reads at start (see there).
import "./platform/malloc-arenas.ts";
import { createServer } from "node:http";
import nextEnv from "@next/env";
import next from "next";
import { clientAddress, dropUntrustedProxyHeaders } from "./platform/client-address.ts";
import { EnvError, loadProcessEnv, type Env } from "./platform/env.ts";
import { CLIENT_IP_HEADER, REQUEST_PATH_HEADER } from "./platform/request-info.ts";
import { guardWire } from "./platform/wire-guard.ts";

const dev = process.argv.includes("--dev");
// Next.js serves a build as production whatever NODE_ENV says; the entry's own check of the
// environment must judge it the same way, or a missing AUTH_SECRET slipped past it and failed
// later, inside the first request, with a stack trace instead of this message.
// eslint-disable-next-line no-restricted-properties -- the mode, decided here for Next and env.ts alike
if (!dev) (process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
nextEnv.loadEnvConfig(process.cwd(), dev);

function fail(message: string): never {
  console.error(`Xentree could not start: ${message}`);
  process.exit(1);
}

/** The entry validates the environment itself, to fail before Next.js starts. */
function loadEnv(): Env {
  try {
    return loadProcessEnv();
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
}

const env = loadEnv();

// Next reads next.config.ts with Node's own type stripping (what `next --experimental-next-config-
// strip-types` sets) instead of loading its SWC compiler, ≈24 MB kept resident, just for that.
// eslint-disable-next-line no-restricted-properties -- a flag for Next.js, not the app's configuration
process.env.__NEXT_NODE_NATIVE_TS_LOADER_ENABLED ??= "true";
const app = next({ dev, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
const handleRequest = app.getRequestHandler();
const trustedProxies = env.TRUSTED_PROXIES;

try {
  await app.prepare();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  fail(
    /production build/.test(message)
      ? "there is no production build; run `npm run build` first"
      : message,
  );
}

const server = createServer((req, res) => {
  if (guardWire(req, res)) return;
  const peer = req.socket.remoteAddress ?? null;
  // The same-origin check, Next's server actions and Auth.js read the forwarded host and protocol.
  dropUntrustedProxyHeaders(req.headers, peer, trustedProxies);
  req.headers[CLIENT_IP_HEADER] =
    clientAddress(peer, req.headers["x-forwarded-for"], trustedProxies) ?? "";
  req.headers[REQUEST_PATH_HEADER] = req.url ?? "/";
  void handleRequest(req, res);
});

// A client gets 20 s to send its headers and 60 s for its whole request (slow senders would
// otherwise hold sockets open for ever); answers, such as a streamed chat reply, may take longer.
server.headersTimeout = 20_000;
server.requestTimeout = 60_000;
// An idle kept-alive connection stays open longer than clients and proxies keep theirs (Node's
// default is 5 s): a client reusing one just as the server closed it saw ECONNRESET.
server.keepAliveTimeout = 65_000;

server.listen(env.PORT, env.HOST, () => void checkStartUp());

/**
 * Opens and migrates the database before anyone else asks, through the app's own health route
 * (the database lives inside the Next.js bundle), and stops the process if that fails.
 */
async function checkStartUp() {
  const host = !env.HOST || env.HOST === "0.0.0.0" || env.HOST === "::" ? "127.0.0.1" : env.HOST;
  const started = Date.now();
  try {
    const response = await fetch(`http://${host}:${env.PORT}/api/health`);
    if (!response.ok)
      throw new Error(`the health check answered ${response.status}: ${await response.text()}`);
    const { database } = (await response.json()) as { database: string };
    console.log(
      `Xentree ${dev ? "(dev) " : ""}ready on http://${env.HOST ?? "localhost"}:${env.PORT} ` +
        `(${database}, ${Date.now() - started} ms to open the database)`,
    );
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    process.exit(0);
  });
}
