import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { organizations, tenants } from "./organizations";
import { users } from "./users";

export const INTEGRATION_PROVIDERS = ["google_calendar"] as const;
export type IntegrationProvider = (typeof INTEGRATION_PROVIDERS)[number];
export const INTEGRATION_STATUSES = ["active", "error", "revoked"] as const;
export type IntegrationStatus = (typeof INTEGRATION_STATUSES)[number];

/**
 * A user's connection to an outside provider. The OAuth tokens are stored only as AES-256-GCM
 * ciphertext (server/integrations/secret-box.ts): a database dump holds no usable token.
 */
export const integrations = pgTable(
  "integrations",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text({ enum: INTEGRATION_PROVIDERS }).notNull(),
    status: text({ enum: INTEGRATION_STATUSES }).notNull().default("active"),
    accountEmail: text(),
    scopes: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    accessTokenEnc: text().notNull(),
    refreshTokenEnc: text(),
    accessExpiresAt: ts(),
    /** Why the status is `error`, in words for the user (never a token). */
    lastError: text(),
    connectedAt: ts().notNull().defaultNow(),
    lastSyncedAt: ts(),
    updatedAt: ts().notNull().defaultNow(),
  },
  // One connection per user and provider: reconnecting replaces it.
  (t) => [uniqueIndex("integrations_user_provider_key").on(t.userId, t.provider)],
);
export type IntegrationRow = typeof integrations.$inferSelect;

/**
 * A started OAuth authorization, until its callback: single-use (the callback deletes the row it
 * finds), bound to the user who started it, short-lived. Only the state's SHA-256 is stored; the
 * PKCE verifier is encrypted.
 */
export const oauthStates = pgTable(
  "oauth_states",
  {
    id: uuid().primaryKey().defaultRandom(),
    stateHash: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text({ enum: INTEGRATION_PROVIDERS }).notNull(),
    codeVerifierEnc: text().notNull(),
    redirectUri: text().notNull(),
    expiresAt: ts().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("oauth_states_state_hash_key").on(t.stateHash),
    // Serves the clean-up of a user's expired states when they start a new one.
    index("oauth_states_user_id_idx").on(t.userId),
  ],
);

export const SIGNING_KEY_STATUSES = ["active", "retired"] as const;

/**
 * A tenant's RS256 key pairs for integration tokens: one `active` at a time; a `retired` one stays
 * in the JWKS until `publishUntil`, when every token it signed has expired.
 */
export const integrationSigningKeys = pgTable(
  "integration_signing_keys",
  {
    /** Also the JWK `kid`. */
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    status: text({ enum: SIGNING_KEY_STATUSES }).notNull().default("active"),
    publicJwk: jsonb().$type<Record<string, string>>().notNull(),
    /** PKCS#8 PEM, AES-256-GCM encrypted. */
    privateKeyEnc: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
    retiredAt: ts(),
    publishUntil: ts(),
  },
  (t) => [
    index("integration_signing_keys_tenant_id_idx").on(t.tenantId),
    // At most one active key per tenant: concurrent first grants cannot make two.
    uniqueIndex("integration_signing_keys_one_active_key")
      .on(t.tenantId)
      .where(sql`${t.status} = 'active'`),
  ],
);

/**
 * Every integration token issued (its claims, never the token), and its revocation by `jti`:
 * verification looks the jti up here, so a revocation takes effect at once.
 */
export const integrationTokens = pgTable(
  "integration_tokens",
  {
    jti: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    keyId: uuid()
      .notNull()
      .references(() => integrationSigningKeys.id, { onDelete: "cascade" }),
    issuedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    mode: text().notNull(),
    origin: text(),
    scopes: text().array().notNull(),
    issuedAt: ts().notNull().defaultNow(),
    expiresAt: ts().notNull(),
    revokedAt: ts(),
    revokedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    revokeReason: text(),
    /** The token that replaced this one by rotation. */
    replacedBy: uuid(),
  },
  (t) => [
    // Serves the admins' list of a tenant's revocations, newest first.
    index("integration_tokens_revoked_idx")
      .on(t.tenantId, t.revokedAt.desc(), t.jti.desc())
      .where(sql`${t.revokedAt} is not null`),
    // Serves the admin panel's list of a tenant's tokens, newest first.
    index("integration_tokens_tenant_issued_idx").on(t.tenantId, t.issuedAt.desc()),
  ],
);
export type IntegrationTokenRow = typeof integrationTokens.$inferSelect;
