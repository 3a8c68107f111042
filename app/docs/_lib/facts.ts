import { z } from "zod";
import type { AnyOperation } from "@/server/http/operation";
import { requiredScopes } from "@/server/http/operation";
import { operations } from "@/server/http/registry";
import { CreateApiKeyRequest } from "@/server/api-keys/schemas";
import { RegisterRequest } from "@/server/auth/schemas";
import { JSON_BODY_LIMIT_BYTES } from "@/server/http/body";
import { KnowledgeSearchRequest, UPLOAD_LIMIT_BYTES } from "@/server/knowledge/schemas";
import { HEARTBEAT_INTERVAL_SECONDS, IDLE_AFTER_SECONDS } from "@/server/live/metering";
import { getEnv } from "@/server/platform/env";
import { ERROR_STATUS, type ErrorCode } from "@/server/platform/errors";
import { PageQuery } from "@/server/platform/pagination";
import { SCOPES, type Scope } from "@/server/platform/scopes";

// What the guides state about limits, scopes and errors comes from here: the running server's
// configuration and the constants the code enforces, so the pages cannot drift from either.

const MIB = 1024 * 1024;
const number = (n: number) => n.toLocaleString("en-US");
const plans = (limits: Record<string, number>, unit: (n: number) => string) =>
  Object.entries(limits)
    .map(([plan, n]) => `${plan} ${unit(n)}`)
    .join(", ");
const duration = (seconds: number) =>
  seconds % 3600 === 0 ? `${number(seconds / 3600)} h` : `${number(seconds / 60)} min`;

type Rules = { default?: unknown; minimum?: number; maximum?: number; minLength?: number };

/** A request field's rules (default, bounds) as the schema that validates it states them. */
function rules(schema: z.ZodObject, field: string): Rules {
  const property = schema.shape[field];
  if (!property) throw new Error(`No field ${field} to state rules of`);
  return z.toJSONSchema(property, { io: "input", unrepresentable: "any" }) as Rules;
}

/** `{{fact name}}` values for a page served at `origin`. */
export function facts(origin: string): Record<string, string> {
  const env = getEnv();
  const page = rules(PageQuery, "limit");
  const keyRate = rules(CreateApiKeyRequest, "rate_limit_per_minute");
  const searchLimit = rules(KnowledgeSearchRequest, "limit");
  return {
    origin,
    page_default: String(page.default),
    page_max: String(page.maximum),
    key_rate_default: String(keyRate.default),
    key_rate_min: String(keyRate.minimum),
    key_rate_max: String(keyRate.maximum),
    search_limit_default: String(searchLimit.default),
    search_limit_max: String(searchLimit.maximum),
    password_min: String(rules(RegisterRequest, "password").minLength),
    access_token_minutes: number(env.ACCESS_TOKEN_TTL_SECONDS / 60),
    refresh_token_days: number(env.REFRESH_TOKEN_TTL_DAYS),
    login_per_account: number(env.LOGIN_FAILURES_PER_ACCOUNT),
    login_per_ip: number(env.LOGIN_FAILURES_PER_IP),
    login_any_address: number(env.LOGIN_FAILURES_PER_ACCOUNT_ANY_ADDRESS),
    refresh_per_ip: number(env.REFRESH_FAILURES_PER_IP),
    registrations_per_ip: number(env.REGISTRATIONS_PER_IP_PER_HOUR),
    chat_daily_limits: plans(env.CHAT_DAILY_LIMITS, number),
    live_monthly_seconds: plans(
      env.LIVE_MONTHLY_SECONDS,
      (s) => `${number(s)} seconds (${duration(s)})`,
    ),
    knowledge_limits: Object.entries(env.KNOWLEDGE_LIMITS)
      .map(
        ([plan, l]) => `${plan} ${number(l.documents)} documents and ${number(l.bytes / MIB)} MiB`,
      )
      .join("; "),
    upload_mib: number(UPLOAD_LIMIT_BYTES / MIB),
    json_body_limit: `${number(JSON_BODY_LIMIT_BYTES / MIB)} MiB`,
    heartbeat_seconds: String(HEARTBEAT_INTERVAL_SECONDS),
    idle_seconds: String(IDLE_AFTER_SECONDS),
  };
}

/** Replaces every `{{fact name}}`; an unknown name is an error in the guide, not a blank. */
export function fillFacts(markdown: string, values: Record<string, string>): string {
  return markdown.replace(/\{\{fact (\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Unknown fact "${name}" in a guide`);
    return value;
  });
}

export type EndpointRow = {
  method: string;
  path: string;
  summary: string;
  auth: string;
  operationId: string;
  tag: string;
};

const authLabel = (op: AnyOperation) =>
  op.auth === "none"
    ? "none"
    : op.auth === "bearer"
      ? "access token only"
      : requiredScopes(op.auth).join(" or ");

/** The endpoints of API groups (tags), as the registry declares them. */
export function endpoints(tags: string[]): EndpointRow[] {
  const rows = operations
    .filter((op) => tags.includes(op.tag))
    .map((op) => ({
      method: op.method,
      path: op.path,
      summary: op.summary,
      auth: authLabel(op),
      operationId: op.operationId,
      tag: op.tag,
    }));
  for (const tag of tags) {
    if (!rows.some((r) => r.tag === tag)) throw new Error(`No endpoints are tagged "${tag}"`);
  }
  return rows;
}

/** Each scope, what it covers and the groups whose endpoints accept it. */
export function scopeRows(): Array<{ scope: Scope; covers: string; groups: string[] }> {
  return SCOPES.map((scope) => {
    const groups = [
      ...new Set(
        operations
          .filter((op) => typeof op.auth === "object" && requiredScopes(op.auth).includes(scope))
          .map((op) => op.tag),
      ),
    ];
    const covers =
      scope === "api:admin"
        ? "every scope"
        : scope === "api:read"
          ? "every *:read scope"
          : scope === "api:write"
            ? "every *:write scope"
            : "";
    return { scope, covers, groups };
  });
}

/** The error codes by HTTP status, as the server maps them. */
export function errorRows(): Array<{ status: number; codes: ErrorCode[] }> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const [code, status] of Object.entries(ERROR_STATUS) as Array<[ErrorCode, number]>) {
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return [...byStatus].sort(([a], [b]) => a - b).map(([status, codes]) => ({ status, codes }));
}
