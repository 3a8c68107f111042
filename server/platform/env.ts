// The one place that reads process.env. Everything else asks getEnv().
// Imported by the process entry (server/main.ts, run by Node's own TypeScript support) as well as by
// the Next.js bundle, so it may import only zod and node built-ins, with relative `.ts` paths.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** PostgreSQL server (postgres://…). Unset: the embedded PGlite database in PGLITE_DIR. */
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" })
      .optional(),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    /** Signs access tokens and browser sessions. Required in production. */
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).optional(),
    /** Comma list of proxy addresses (IPs or CIDRs) whose X-Forwarded-For is believed. */
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((s) =>
        s
          .split(",")
          .map((p) => p.trim())
          .filter(Boolean),
      ),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    ACCESS_TOKEN_TTL_SECONDS: positiveInt(15 * 60),
    REFRESH_TOKEN_TTL_DAYS: positiveInt(30),
    /** Failed logins allowed per account, and per client address, in each 15-minute window. */
    LOGIN_FAILURES_PER_ACCOUNT: positiveInt(10),
    LOGIN_FAILURES_PER_IP: positiveInt(50),
    /** Accounts one client address may register per hour. */
    REGISTRATIONS_PER_IP_PER_HOUR: positiveInt(20),
    /** Failed refresh attempts allowed per client address in each 15-minute window. */
    REFRESH_FAILURES_PER_IP: positiveInt(30),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "is required in production (32+ random characters, e.g. `openssl rand -base64 48`)",
      });
    }
  });

export type Env = Omit<z.infer<typeof EnvSchema>, "AUTH_SECRET"> & { AUTH_SECRET: string };

export class EnvError extends Error {}

/** Parses an environment; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset" (a blank line in .env files should not fail validation).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = result.data;
  return { ...env, AUTH_SECRET: env.AUTH_SECRET ?? localDevSecret() };
}

/**
 * Outside production a missing AUTH_SECRET is replaced by a random one kept in .data/, so local
 * sessions survive restarts and no key is needed to try the app. Production refuses to start.
 */
function localDevSecret(): string {
  const file = path.resolve(".data", "dev-auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(48).toString("base64url");
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return readFileSync(file, "utf8").trim(); // another process created it first
    }
  }
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
