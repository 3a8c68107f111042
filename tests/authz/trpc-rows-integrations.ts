import type { TrpcRow } from "./trpc-matrix";
import type { AuthzWorld } from "./world";

// The integrations procedures: the calendar is the caller's own; integration tokens are the
// tenant's (organization A), managed by its admins (as the REST rows in rows-integrations.ts).
const tenant = (w: AuthzWorld) => ({ tenantId: w.ids.tenant });
const adminsOnly = { as: "member", code: "FORBIDDEN" } as const;

export const integrationTrpcRows: Record<string, TrpcRow> = {
  "integrations.list": { input: () => undefined, stranger: "own-data" },
  "integrations.disconnectGoogleCalendar": { input: () => undefined, stranger: "self" },
  "integrations.upcomingEvents": { input: () => ({}), stranger: "own-data" },
  "integrations.addStudySession": {
    input: () => ({ kind: "live", start: new Date(Date.now() + 86_400_000).toISOString() }),
    stranger: "self",
  },
  "integrations.tokens.list": { input: tenant, stranger: "NOT_FOUND", lowerRole: adminsOnly },
  "integrations.tokens.grant": {
    input: (w) => ({ ...tenant(w), mode: "server", scopes: ["xel:read"], ttlSeconds: 60 }),
    stranger: "NOT_FOUND",
    lowerRole: adminsOnly,
  },
  "integrations.tokens.revoke": {
    input: (w) => ({ ...tenant(w), jti: w.ids.integrationTokenJti, reason: "matrix" }),
    stranger: "NOT_FOUND",
    lowerRole: adminsOnly,
  },
  "integrations.tokens.revocations": {
    input: tenant,
    stranger: "NOT_FOUND",
    lowerRole: adminsOnly,
  },
};
