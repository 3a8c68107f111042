import { z } from "zod";
import { INTEGRATION_PROVIDERS, INTEGRATION_STATUSES } from "@/db/schema/integrations";
import { pageOf, PageQuery } from "@/server/platform/pagination";
import { SCOPES } from "@/server/platform/scopes";

const isoDate = z.iso.datetime();

// ---- Google Calendar (snake_case, as the published Integrations group) ----

export const IntegrationItem = z
  .object({
    provider: z.enum(INTEGRATION_PROVIDERS),
    status: z.enum(INTEGRATION_STATUSES),
    account_email: z.string().nullable(),
    scopes: z.array(z.string()),
    connected_at: isoDate,
    last_synced_at: isoDate.nullable(),
    error_message: z
      .string()
      .nullable()
      .meta({ description: "Why the status is not `active`, and what to do (reconnect)" }),
  })
  .meta({ id: "Integration" });
export type IntegrationItem = z.infer<typeof IntegrationItem>;

export const IntegrationList = z
  .object({ items: z.array(IntegrationItem) })
  .meta({ id: "IntegrationList" });
export type IntegrationList = z.infer<typeof IntegrationList>;

export const ConnectResponse = z
  .object({
    authorization_url: z.url().meta({ description: "Send the browser here for consent" }),
    state: z.string(),
    expires_at: isoDate,
  })
  .meta({ id: "IntegrationConnectResponse" });

export const UpcomingEventsQuery = z.object({
  days: z.coerce.number().int().min(1).max(31).default(7),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type UpcomingEventsQuery = z.infer<typeof UpcomingEventsQuery>;

export const CalendarEvent = z.object({
  id: z.string(),
  title: z.string(),
  start: isoDate,
  end: isoDate,
  all_day: z.boolean(),
  html_link: z.string().nullable(),
});
export type CalendarEvent = z.infer<typeof CalendarEvent>;

export const UpcomingEventsResponse = z.object({
  status: z.enum(["not_connected", "active", "error", "unavailable"]),
  message: z.string().nullable(),
  events: z.array(CalendarEvent),
});
export type UpcomingEventsResponse = z.infer<typeof UpcomingEventsResponse>;

export const AddStudySessionRequest = z.object({
  kind: z.enum(["live", "english_module"]),
  module_id: z.uuid().optional(),
  start: isoDate.refine(
    (v) => new Date(v).getTime() > Date.now() - 5 * 60_000,
    "Pick a time from now on",
  ),
  duration_minutes: z.number().int().min(5).max(240).default(30),
});
export type AddStudySessionRequest = z.infer<typeof AddStudySessionRequest>;

export const StudySessionEvent = z.object({
  id: z.string(),
  title: z.string(),
  start: isoDate,
  end: isoDate,
  html_link: z.string().nullable(),
});
export type StudySessionEvent = z.infer<typeof StudySessionEvent>;

// ---- Integration tokens (camelCase, as the integration-token API of later Xentree versions) ----

export const TOKEN_MODES = ["embed", "server"] as const;
export const DEFAULT_TOKEN_TTL_SECONDS = 900;

const tenantId = z.uuid().meta({ description: "The organization's `tenant_id`" });
const TokenScope = z.enum(SCOPES.filter((s) => s !== "api:admin") as [string, ...string[]]);

/** An origin as browsers send it: scheme, host and port, nothing else. */
const Origin = z
  .url({ protocol: /^https?$/ })
  .max(300)
  .transform((v, ctx) => {
    const url = new URL(v);
    if (url.pathname !== "/" || url.search || url.hash || url.username) {
      ctx.addIssue({ code: "custom", message: "An origin only: scheme, host and port" });
      return z.NEVER;
    }
    return url.origin;
  });

export const GrantRequest = z
  .object({
    tenantId: tenantId.optional(),
    mode: z.enum(TOKEN_MODES).meta({
      description: "`embed`: for a partner page at `origin`; `server`: server-to-server",
    }),
    origin: Origin.optional(),
    scopes: z
      .array(TokenScope)
      .min(1)
      .max(16)
      .refine((s) => new Set(s).size === s.length, "Scopes must not repeat"),
    ttlSeconds: z
      .number()
      .int()
      .min(60)
      .default(DEFAULT_TOKEN_TTL_SECONDS)
      .meta({ description: "Capped at 3600 (longer asks get an hour)" }),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "embed" && !v.origin) {
      ctx.addIssue({ code: "custom", path: ["origin"], message: "An embed token needs an origin" });
    }
  });
export type GrantRequest = z.infer<typeof GrantRequest>;

export const TokenClaims = z.object({
  jti: z.uuid(),
  tenantId: z.uuid(),
  mode: z.enum(TOKEN_MODES),
  origin: z.string().nullable(),
  scopes: z.array(z.string()),
  issuedAt: isoDate,
  expiresAt: isoDate,
});

export const GrantResponse = TokenClaims.extend({
  token: z.string().meta({ description: "The RS256 JWT: shown once, never stored" }),
  tokenType: z.literal("Bearer"),
  kid: z.uuid(),
}).meta({ id: "IntegrationTokenGrant" });
export type GrantResponse = z.infer<typeof GrantResponse>;

export const VerifyRequest = z.object({
  token: z.string().min(1).max(8192),
  tenantId: tenantId.optional(),
});
export type VerifyRequest = z.infer<typeof VerifyRequest>;

export const VerifyResponse = z
  .object({
    active: z.boolean(),
    reason: z.enum(["expired", "revoked", "invalid", "wrong_tenant"]).nullable(),
    claims: TokenClaims.nullable(),
  })
  .meta({ id: "IntegrationTokenVerification" });
export type VerifyResponse = z.infer<typeof VerifyResponse>;

const Reason = z.string().trim().min(1).max(500);

export const RevokeRequest = z
  .object({
    token: z.string().min(1).max(8192).optional(),
    tenantId: tenantId.optional(),
    jti: z.uuid().optional(),
    reason: Reason,
  })
  .refine((v) => v.token !== undefined || v.jti !== undefined, {
    message: "Send the token, or its jti (with tenantId)",
    path: ["jti"],
  });
export type RevokeRequest = z.infer<typeof RevokeRequest>;

export const Revocation = z
  .object({
    jti: z.uuid(),
    tenantId: z.uuid(),
    revokedAt: isoDate,
    revokedBy: z.uuid().nullable(),
    revokedByUsername: z.string().nullable(),
    reason: z.string(),
    expiresAt: isoDate,
    replacedBy: z.uuid().nullable(),
  })
  .meta({ id: "IntegrationTokenRevocation" });
export type Revocation = z.infer<typeof Revocation>;

export const RotateRequest = z.object({
  token: z.string().min(1).max(8192),
  tenantId: tenantId.optional(),
  reason: Reason.default("rotated"),
  rotateSigningKey: z.boolean().default(false).meta({
    description: "Also replace the tenant's key pair (the old public key stays published)",
  }),
});
export type RotateRequest = z.infer<typeof RotateRequest>;

export const RotateResponse = GrantResponse.extend({ revokedJti: z.uuid() }).meta({
  id: "IntegrationTokenRotation",
});

export const TenantQuery = z.object({ tenantId });

export const Jwks = z
  .object({
    keys: z.array(
      z.object({
        kty: z.string(),
        n: z.string(),
        e: z.string(),
        kid: z.string(),
        alg: z.string(),
        use: z.string(),
      }),
    ),
  })
  .meta({ id: "JsonWebKeySet" });

export const Fingerprint = z
  .object({
    tenantId: z.uuid(),
    kid: z.uuid(),
    algorithm: z.literal("SHA-256"),
    fingerprint: z.string().meta({ description: "SHA-256 of the public key's SPKI DER, hex" }),
    thumbprint: z.string().meta({ description: "RFC 7638 JWK thumbprint (SHA-256, base64url)" }),
  })
  .meta({ id: "IntegrationKeyFingerprint" });

export const RevocationsQuery = PageQuery.extend({ tenantId });
export type RevocationsQuery = z.infer<typeof RevocationsQuery>;
export const RevocationPage = pageOf(Revocation, "IntegrationTokenRevocationPage");

export const TokenListQuery = PageQuery.extend({ tenantId });
export type TokenListQuery = z.infer<typeof TokenListQuery>;
export const IssuedToken = TokenClaims.extend({
  issuedBy: z.uuid().nullable(),
  revokedAt: isoDate.nullable(),
  revokeReason: z.string().nullable(),
});
export type IssuedToken = z.infer<typeof IssuedToken>;
export const IssuedTokenPage = pageOf(IssuedToken, "IssuedIntegrationTokenPage");
