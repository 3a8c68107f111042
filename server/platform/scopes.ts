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
