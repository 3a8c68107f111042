import { defineOperation } from "@/server/http/operation";
import { connectGoogleCalendar } from "./google/oauth";
import { originOf } from "./request-origin";
import { disconnectGoogleCalendar, listIntegrations } from "./google/connections";
import {
  ConnectResponse,
  Fingerprint,
  GrantRequest,
  GrantResponse,
  IntegrationList,
  Jwks,
  RevocationPage,
  Revocation,
  RevocationsQuery,
  RevokeRequest,
  RotateRequest,
  RotateResponse,
  TenantQuery,
  VerifyRequest,
  VerifyResponse,
} from "./schemas";
import { grantIntegrationToken, rotateIntegrationToken } from "./tokens/grant";
import { getJwks, getKeyFingerprint } from "./tokens/jwks";
import { listRevocations, revokeIntegrationToken } from "./tokens/revoke";
import { verifyIntegrationToken } from "./tokens/verify";

const tag = "Integrations";

export const integrationOperations = [
  defineOperation({
    operationId: "listIntegrations",
    method: "GET",
    path: "/api/integrations",
    tag,
    summary: "Your connected integrations",
    description:
      "`status` is `error` when the provider no longer accepts the connection (revoked or " +
      "expired grant): `error_message` says so, and connecting again repairs it.",
    auth: { scope: "integrations:read" },
    response: { status: 200, description: "Integrations", schema: IntegrationList },
    errors: [],
    handler: ({ ctx }) => listIntegrations({ ctx }),
  }),
  defineOperation({
    operationId: "connectGoogleCalendar",
    method: "POST",
    path: "/api/integrations/google-calendar/connect",
    tag,
    summary: "Start connecting Google Calendar",
    description:
      "OAuth 2.0 authorization code flow with PKCE. Send the user's browser to " +
      "`authorization_url`; after consent Google redirects it to " +
      "`/api/integrations/google-calendar/callback`, which must be reached signed in as the same " +
      "user, and which redirects back to `/integrations`. `state` is single-use and expires at " +
      "`expires_at` (10 minutes). `503 integration_not_configured` when the operator has not set " +
      "GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET.",
    auth: { scope: "integrations:write" },
    response: { status: 200, description: "Where to send the browser", schema: ConnectResponse },
    errors: ["integration_not_configured"],
    handler: ({ ctx, request }) => connectGoogleCalendar({ ctx, requestOrigin: originOf(request) }),
  }),
  defineOperation({
    operationId: "disconnectGoogleCalendar",
    method: "DELETE",
    path: "/api/integrations/google-calendar",
    tag,
    summary: "Disconnect Google Calendar",
    description:
      "Revokes the grant at Google when it can and deletes the stored tokens either way. " +
      "Answers 204 when nothing was connected too.",
    auth: { scope: "integrations:write" },
    response: { status: 204, description: "Disconnected" },
    errors: [],
    handler: ({ ctx }) => disconnectGoogleCalendar({ ctx }),
  }),
  defineOperation({
    operationId: "grantIntegrationToken",
    method: "POST",
    path: "/api/integration/grant",
    // Not `creates`: an idempotent replay would keep the token in the idempotency records.
    tag,
    summary: "Issue an integration token (admins)",
    description:
      "A short-lived RS256 JWT for the tenant (an API key's organization, or `tenantId`), to " +
      "embed Xentree in a partner site (`embed`, bound to `origin`) or for a partner server. " +
      "`ttlSeconds` is capped at 3600. Verify it with any JWT library and " +
      "`/api/integration/jwks?tenantId=`: `iss` is `urn:xentree:integration`, `aud` is " +
      "`urn:xentree:tenant:<tenantId>`. The token is shown once.",
    auth: { scope: "integrations:write" },
    body: GrantRequest,
    response: { status: 201, description: "The token", schema: GrantResponse },
    errors: ["forbidden", "not_found"],
    handler: ({ ctx, body }) => grantIntegrationToken({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "verifyIntegrationToken",
    method: "POST",
    path: "/api/integration/verify",
    tag,
    summary: "Check an integration token",
    description:
      "Like token introspection: `active` with the claims, or why not (`expired`, `revoked`, " +
      "`invalid`, `wrong_tenant`). Revocations count at once. A token of another tenant is " +
      "never active here.",
    auth: { scope: "integrations:read" },
    body: VerifyRequest,
    response: { status: 200, description: "The verdict", schema: VerifyResponse },
    errors: ["not_found"],
    handler: ({ ctx, body }) => verifyIntegrationToken({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "revokeIntegrationToken",
    method: "POST",
    path: "/api/integration/revoke",
    tag,
    summary: "Revoke an integration token (admins)",
    description:
      "By the token itself, or by `jti` (with `tenantId` for a user), with a reason. It stops " +
      "verifying at once. Revoking again answers the first revocation.",
    auth: { scope: "integrations:write" },
    body: RevokeRequest,
    response: { status: 200, description: "The revocation", schema: Revocation },
    errors: ["forbidden", "not_found", "invalid_request"],
    handler: ({ ctx, body }) => revokeIntegrationToken({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "rotateIntegrationToken",
    method: "POST",
    path: "/api/integration/rotate",
    tag,
    summary: "Replace an integration token (admins)",
    description:
      "A new token with the same mode, origin, scopes and lifetime, and the old one revoked, " +
      "atomically. `rotateSigningKey` also replaces the tenant's key pair; the old public key " +
      "stays in the JWKS until the tokens it signed have expired. `409 conflict` for a token " +
      "that is no longer live.",
    auth: { scope: "integrations:write" },
    body: RotateRequest,
    response: { status: 200, description: "The new token", schema: RotateResponse },
    errors: ["forbidden", "not_found", "conflict", "invalid_request"],
    handler: ({ ctx, body }) => rotateIntegrationToken({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "getIntegrationJwks",
    method: "GET",
    path: "/api/integration/jwks",
    tag,
    summary: "A tenant's public keys (JWK Set)",
    description:
      "Public. The keys that verify the tenant's integration tokens: the active one, and " +
      "replaced ones until their tokens have expired. Empty for a tenant with no tokens.",
    auth: "none",
    query: TenantQuery,
    response: { status: 200, description: "The JWK Set", schema: Jwks },
    errors: [],
    handler: ({ ctx, query }) => getJwks({ ctx, tenantId: query.tenantId }),
  }),
  defineOperation({
    operationId: "getIntegrationKeyFingerprint",
    method: "GET",
    path: "/api/integration/fingerprint",
    tag,
    summary: "The SHA-256 fingerprint of a tenant's active public key",
    description: "Public. For pinning the key, or checking the JWKS out of band.",
    auth: "none",
    query: TenantQuery,
    response: { status: 200, description: "The fingerprint", schema: Fingerprint },
    errors: ["not_found"],
    handler: ({ ctx, query }) => getKeyFingerprint({ ctx, tenantId: query.tenantId }),
  }),
  defineOperation({
    operationId: "listIntegrationTokenRevocations",
    method: "GET",
    path: "/api/admin/integration-token-revocations",
    tag,
    summary: "A tenant's integration-token revocations (admins, bearer only)",
    description: "Newest first: which token (`jti`), who revoked it, when and why.",
    auth: "bearer",
    query: RevocationsQuery,
    response: { status: 200, description: "Revocations", schema: RevocationPage },
    errors: ["forbidden", "not_found"],
    handler: ({ ctx, query }) => listRevocations({ ctx, input: query }),
  }),
];
