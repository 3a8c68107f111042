import { AppError } from "./errors";

// Failures that are nobody's bug: the database is restarting or unreachable, or the client went
// away. They get their own answers (503 with Retry-After) and log levels instead of an
// "unhandled error" 500.

/** SQLSTATEs of a server that is shutting down, starting or out of connections. */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "53400"]);
/** postgres.js and Node socket codes of a connection that could not be made or was cut. */
const UNAVAILABLE_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** Seconds a client should wait before retrying during a database outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 2;

function* causes(error: unknown): Generator<Record<string, unknown>> {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 8; depth += 1) {
    yield e as Record<string, unknown>;
    e = (e as { cause?: unknown }).cause;
  }
}

/** Whether the error (or one of its causes) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    const code = typeof e.code === "string" ? e.code : "";
    if (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith("08"))
      return true;
    // PGlite closed under us (a test or a shutdown): the same for the client.
    if (e instanceof Error && /PGlite is closed/i.test(e.message)) return true;
  }
  return false;
}

/** Whether the error is the client closing the request (an aborted body read or stream). */
export function isClientAbort(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  for (const e of causes(error)) {
    if (e.name === "AbortError" || e.code === "ABORT_ERR") return true;
    if (e instanceof Error && /^(aborted|terminated)$/i.test(e.message)) return true;
  }
  return false;
}

export function serviceUnavailable(cause: unknown): AppError {
  return new AppError(
    "service_unavailable",
    "The service is briefly unavailable (its database cannot be reached); retry shortly",
    { retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS, cause },
  );
}

/** The code and message of the innermost cause: enough to tell outages apart, no parameters. */
export function faultSummary(error: unknown): { code?: string; message?: string } {
  let last: { code?: string; message?: string } = {};
  for (const e of causes(error)) {
    last = {
      code: typeof e.code === "string" ? e.code : last.code,
      message: e instanceof Error ? e.message.slice(0, 200) : last.message,
    };
  }
  return last;
}
