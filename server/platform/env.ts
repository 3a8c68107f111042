// The one place that reads process.env. Everything else asks getEnv().
// Imported by the process entry (server/main.ts, run by Node's own TypeScript support) as well as by
// the Next.js bundle, so it may import only zod and node built-ins, with relative `.ts` paths.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const commaList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s) =>
      s
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean),
    );

/** "plan:count,plan:count" → { plan: count }: per-plan allowances. */
const planCounts = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s, ctx) => {
      const limits: Record<string, number> = {};
      for (const part of s
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean)) {
        const [plan, count] = part.split(":");
        const n = Number(count);
        if (!plan || !Number.isInteger(n) || n < 0) {
          ctx.addIssue({ code: "custom", message: `"${part}" is not plan:count` });
          return z.NEVER;
        }
        limits[plan] = n;
      }
      return limits;
    });

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
    /**
     * Failed logins allowed in each 15-minute window: per account from one client address, per
     * client address, and per account from addresses it never signed in from (see docs/api-notes).
     */
    LOGIN_FAILURES_PER_ACCOUNT: positiveInt(10),
    LOGIN_FAILURES_PER_IP: positiveInt(50),
    LOGIN_FAILURES_PER_ACCOUNT_ANY_ADDRESS: positiveInt(100),
    /** Accounts one client address may register per hour. */
    REGISTRATIONS_PER_IP_PER_HOUR: positiveInt(20),
    /** Failed refresh attempts allowed per client address in each 15-minute window. */
    REFRESH_FAILURES_PER_IP: positiveInt(30),
    // AI providers: each appears when its key (or base URL) is set. Model lists are comma lists,
    // default model first.
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: z.url().optional(),
    OPENAI_MODELS: commaList("gpt-4.1-mini,gpt-4.1"),
    ANTHROPIC_API_KEY: z.string().min(1).optional(),
    ANTHROPIC_MODELS: commaList("claude-sonnet-4-5,claude-haiku-4-5"),
    GOOGLE_GENERATIVE_AI_API_KEY: z.string().min(1).optional(),
    GOOGLE_MODELS: commaList("gemini-2.5-flash,gemini-2.5-pro"),
    /** Any OpenAI-compatible server: Ollama, vLLM, LM Studio… */
    OPENAI_COMPATIBLE_BASE_URL: z.url().optional(),
    OPENAI_COMPATIBLE_API_KEY: z.string().min(1).optional(),
    OPENAI_COMPATIBLE_MODELS: commaList("llama3.1"),
    OPENAI_COMPATIBLE_NAME: z.string().min(1).default("Local models"),
    /** Which configured provider "auto" picks first. */
    AI_PROVIDER_ORDER: commaList("openai,anthropic,google,openai-compatible"),
    AI_TIMEOUT_SECONDS: positiveInt(60),
    /** Words per second of the offline tutor's streamed answers (0: all at once). */
    OFFLINE_TUTOR_WORDS_PER_SECOND: z.coerce.number().min(0).default(40),
    /**
     * Seconds the offline English evaluator's thread (≈300 MB) stays loaded after its last
     * evaluation; then it stops and the next evaluation loads it again (≈2 s).
     */
    EVALUATOR_IDLE_SECONDS: z.coerce.number().int().min(1).default(300),
    /** Background jobs each instance runs at once (0: this instance runs no worker). */
    JOB_CONCURRENCY: z.coerce.number().int().min(0).max(64).default(2),
    /**
     * Dense evidence for knowledge search: "local" embeds every passage and question with
     * all-MiniLM-L6-v2 on a thread of this process (weights from node_modules, nothing fetched)
     * and reranks the lexical candidates by it; "off" ranks by BM25F + RM3 alone. See
     * docs/knowledge.md for what it gains and costs.
     */
    KNOWLEDGE_EMBEDDINGS: z.enum(["off", "local"]).default("off"),
    /** Seconds the embedding model's thread (≈250 MB) stays loaded after its last use. */
    KNOWLEDGE_EMBEDDINGS_IDLE_SECONDS: z.coerce.number().int().min(1).default(300),
    /** Knowledge-base storage per user, per plan: "plan:documents:MiB" entries. */
    KNOWLEDGE_LIMITS: z
      .string()
      .default("free:10000:500,pro:50000:5000")
      .transform((s, ctx) => {
        const limits: Record<string, { documents: number; bytes: number }> = {};
        for (const part of s
          .split(",")
          .map((p) => p.trim())
          .filter(Boolean)) {
          const [plan, documents, mib] = part.split(":");
          const d = Number(documents);
          const m = Number(mib);
          if (!plan || !Number.isInteger(d) || d < 0 || !Number.isFinite(m) || m < 0) {
            ctx.addIssue({ code: "custom", message: `"${part}" is not plan:documents:MiB` });
            return z.NEVER;
          }
          limits[plan] = { documents: d, bytes: Math.floor(m * 1024 * 1024) };
        }
        return limits;
      }),
    /** Chat messages a user may send per UTC day, per plan: "free:200,pro:5000". */
    CHAT_DAILY_LIMITS: planCounts("free:200,pro:5000"),
    /** Live seconds a user may use per UTC calendar month, per plan: "free:1800,pro:36000". */
    LIVE_MONTHLY_SECONDS: planCounts("free:1800,pro:36000"),
    /** Comma list of emails that are platform administrators (search maintenance); see docs. */
    PLATFORM_ADMIN_EMAILS: commaList("").transform((list) => list.map((e) => e.toLowerCase())),
    // Google Calendar (docs/integrations.md): the OAuth client, and the provider's endpoints
    // (Google's by default; tests point them at a local OAuth server).
    GOOGLE_CLIENT_ID: z.string().min(1).optional(),
    GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
    /** The redirect URI registered with Google; unset: this server's origin + the callback path. */
    GOOGLE_REDIRECT_URI: z.url().optional(),
    GOOGLE_OAUTH_ISSUER: z.url().default("https://accounts.google.com"),
    GOOGLE_OAUTH_AUTHORIZE_URL: z.url().default("https://accounts.google.com/o/oauth2/v2/auth"),
    GOOGLE_OAUTH_TOKEN_URL: z.url().default("https://oauth2.googleapis.com/token"),
    GOOGLE_OAUTH_REVOKE_URL: z.url().default("https://oauth2.googleapis.com/revoke"),
    GOOGLE_CALENDAR_API_URL: z.url().default("https://www.googleapis.com/calendar/v3"),
    /**
     * 32 bytes, base64: the AES-256-GCM key of integration secrets at rest (OAuth tokens, signing
     * keys). Unset: derived from AUTH_SECRET (so rotating AUTH_SECRET then needs a reconnect).
     */
    INTEGRATIONS_ENCRYPTION_KEY: z
      .string()
      .refine((s) => Buffer.from(s, "base64").length === 32, "must be 32 bytes in base64")
      .optional(),
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

/** For the process entry: the environment as loaded, and nothing may leave the machine. */
export function loadProcessEnv(): Env {
  // Next.js would otherwise send usage telemetry from its dev server.
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  return parseEnv(process.env);
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
