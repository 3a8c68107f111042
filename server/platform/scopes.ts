/** The published API-key scopes (contract §1). */
export const SCOPES = [
  "conversations:read",
  "conversations:write",
  "rag:read",
  "rag:write",
  "quiz:read",
  "quiz:write",
  "live:read",
  "live:write",
  "organizations:read",
  "organizations:write",
  "integrations:read",
  "integrations:write",
  "xel:read",
  "xel:write",
  "api:read",
  "api:write",
  "api:admin",
] as const;

export type Scope = (typeof SCOPES)[number];

/**
 * Whether the granted scopes satisfy any of the required ones: a scope itself, `api:read` for
 * every `*:read`, `api:write` for every `*:write`, `api:admin` for everything.
 */
export function scopesSatisfy(granted: readonly Scope[], required: readonly Scope[]): boolean {
  return required.some(
    (need) =>
      granted.includes(need) ||
      granted.includes("api:admin") ||
      (need.endsWith(":read") && granted.includes("api:read")) ||
      (need.endsWith(":write") && granted.includes("api:write")),
  );
}
