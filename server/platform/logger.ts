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

function errorReplacer(_key: string, value: unknown) {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack, cause: value.cause };
  }
  return value;
}

export const log = {
  debug: (message: string, fields: Record<string, unknown> = {}) => write("debug", message, fields),
  info: (message: string, fields: Record<string, unknown> = {}) => write("info", message, fields),
  warn: (message: string, fields: Record<string, unknown> = {}) => write("warn", message, fields),
  error: (message: string, fields: Record<string, unknown> = {}) => write("error", message, fields),
};
