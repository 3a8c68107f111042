import { getEnv } from "./env";

// One JSON line per event on stdout/stderr: easy to grep by request_id, easy to ship anywhere.
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;

function write(level: Level, message: string, fields: Record<string, unknown>) {
  if (LEVELS[level] < LEVELS[getEnv().LOG_LEVEL]) return;
  const line = JSON.stringify(
    { time: new Date().toISOString(), level, message, ...fields },
    errorReplacer,
  );
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

/**
 * Members of database errors that help find a fault and carry no row data. Everything else is
 * left out on purpose: drizzle's `params`, postgres.js's `parameters`/`args` and the server's
 * `detail` ("Key (email)=(ada@example.com) already exists") hold the values of the statement,
 * which are password hashes, key hashes and emails.
 */
const SAFE_ERROR_FIELDS = [
  "code",
  "severity",
  "constraint",
  "constraint_name",
  "table",
  "table_name",
  "column",
  "column_name",
  "routine",
  "query",
] as const;

/** Drizzle appends the statement's values to its message ("Failed query: …\nparams: …"). */
function withoutParams(text: string): string {
  return text.replace(/\nparams:[\s\S]*?(?=\n {4}at |$)/g, "\nparams: [redacted]");
}

/**
 * Errors as plain objects, scrubbed here, in the one place every log line passes through, so no
 * caller has to remember which errors carry statement values.
 */
export function errorReplacer(_key: string, value: unknown) {
  if (!(value instanceof Error)) return value;
  const source = value as Error & Record<string, unknown>;
  const out: Record<string, unknown> = {
    name: value.name,
    message: withoutParams(value.message),
  };
  for (const field of SAFE_ERROR_FIELDS) {
    const v = source[field];
    if (typeof v === "string" || typeof v === "number") out[field] = v;
  }
  if (value.stack) out.stack = withoutParams(value.stack);
  if (value.cause !== undefined)
    out.cause =
      value.cause instanceof Error || typeof value.cause === "string" ? value.cause : "[object]";
  return out;
}

export const log = {
  debug: (message: string, fields: Record<string, unknown> = {}) => write("debug", message, fields),
  info: (message: string, fields: Record<string, unknown> = {}) => write("info", message, fields),
  warn: (message: string, fields: Record<string, unknown> = {}) => write("warn", message, fields),
  error: (message: string, fields: Record<string, unknown> = {}) => write("error", message, fields),
};

/**
 * Next.js logs errors thrown while rendering a page with `console.error(error)`, outside our
 * logger. Errors handed to the console are replaced by their scrubbed form, so a failed query
 * in a server component cannot print its statement's values either.
 */
export function scrubConsoleErrors() {
  for (const level of ["error", "warn"] as const) {
    const original = console[level];
    if ((original as { scrubbed?: boolean }).scrubbed) continue;
    const scrubbed = (...args: unknown[]) =>
      original(
        ...args.map((arg) =>
          arg instanceof Error ? JSON.stringify(errorReplacer("", arg), errorReplacer) : arg,
        ),
      );
    console[level] = Object.assign(scrubbed, { scrubbed: true });
  }
}
