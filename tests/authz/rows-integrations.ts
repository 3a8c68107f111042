import { FORBIDDEN, NOT_FOUND, memberRefused, type MatrixRow } from "./rows";

// The Integrations group's rows (docs/integrations.md). Google Calendar acts on the caller's own
// connection. Integration tokens belong to a tenant (organization A): a stranger or another
// organization's key gets 404, a member may verify but not grant, revoke or rotate (403).
export const integrationRows: MatrixRow[] = [
  {
    method: "GET",
    path: "/api/integrations",
    auth: "integrations:read",
    needs: "own integrations",
    request: () => ({}),
    stranger: "own-data",
  },
  {
    method: "POST",
    path: "/api/integrations/google-calendar/connect",
    auth: "integrations:write",
    needs: "own account",
    request: () => ({}),
    stranger: "self",
  },
  {
    method: "DELETE",
    path: "/api/integrations/google-calendar",
    auth: "integrations:write",
    needs: "own connection",
    request: () => ({}),
    stranger: "self",
  },
  {
    method: "POST",
    path: "/api/integration/grant",
    auth: "integrations:write",
    needs: "admin of the tenant's organization",
    request: (w) => ({
      body: { tenantId: w.ids.tenant, mode: "server", scopes: ["xel:read"], ttlSeconds: 60 },
    }),
    stranger: NOT_FOUND,
    lowerRole: memberRefused,
  },
  {
    method: "POST",
    path: "/api/integration/verify",
    auth: "integrations:read",
    needs: "member of the tenant's organization",
    request: (w) => ({ body: { token: w.ids.integrationToken, tenantId: w.ids.tenant } }),
    stranger: NOT_FOUND,
  },
  // Rotation before revocation: the owner's pass rotates A's token, then revokes it (again).
  {
    method: "POST",
    path: "/api/integration/rotate",
    auth: "integrations:write",
    needs: "admin of the tenant's organization",
    request: (w) => ({ body: { token: w.ids.integrationToken, reason: "matrix" } }),
    stranger: NOT_FOUND,
    lowerRole: memberRefused,
  },
  {
    method: "POST",
    path: "/api/integration/revoke",
    auth: "integrations:write",
    needs: "admin of the tenant's organization",
    request: (w) => ({
      body: { tenantId: w.ids.tenant, jti: w.ids.integrationTokenJti, reason: "matrix" },
    }),
    stranger: NOT_FOUND,
    lowerRole: memberRefused,
  },
  {
    method: "GET",
    path: "/api/integration/jwks",
    auth: "none",
    needs: "nothing (public keys)",
    request: (w) => ({ query: { tenantId: w.ids.tenant } }),
    stranger: "self",
  },
  {
    method: "GET",
    path: "/api/integration/fingerprint",
    auth: "none",
    needs: "nothing (public keys)",
    request: (w) => ({ query: { tenantId: w.ids.tenant } }),
    stranger: "self",
  },
  {
    method: "GET",
    path: "/api/admin/integration-token-revocations",
    auth: "bearer",
    needs: "admin of the tenant's organization",
    request: (w) => ({ query: { tenantId: w.ids.tenant } }),
    stranger: NOT_FOUND,
    lowerRole: { as: "member", expect: FORBIDDEN },
  },
];
