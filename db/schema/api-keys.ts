import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { organizations, tenants } from "./organizations";
import { users } from "./users";

/**
 * API keys. Only the SHA-256 of a key is stored; the unique index on it makes checking a key one
 * indexed lookup, whatever is presented. A key acts for its creator inside its one organization.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    keyHash: text().notNull(),
    /** The first 16 characters, for people to recognise the key. */
    prefix: text().notNull(),
    permissions: text().array().notNull(),
    rateLimitPerMinute: integer().notNull().default(60),
    /** IPs and CIDR ranges; empty means any address. */
    allowedIps: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    expiresAt: ts(),
    isActive: boolean().notNull().default(true),
    revokedAt: ts(),
    lastUsedAt: ts(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("api_keys_key_hash_key").on(t.keyHash),
    // Serves the key list of an organization (admins) and of a creator (members).
    index("api_keys_organization_id_idx").on(t.organizationId),
    index("api_keys_user_id_idx").on(t.userId),
  ],
);

/**
 * The first answer to a create request sent with an Idempotency-Key, kept 24 hours per caller so
 * a retry replays it instead of creating twice. `pending` while the first request runs.
 */
export const idempotencyRecords = pgTable(
  "idempotency_records",
  {
    caller: text().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    state: text({ enum: ["pending", "done"] }).notNull(),
    /** The attempt holding a pending record, and until when: a retry may take over after that. */
    claimToken: uuid(),
    leaseExpiresAt: ts(),
    status: integer(),
    body: jsonb(),
    createdAt: ts().notNull().defaultNow(),
    expiresAt: ts().notNull(),
  },
  (t) => [
    primaryKey({ name: "idempotency_records_pkey", columns: [t.caller, t.key] }),
    // Serves the purge of expired records.
    index("idempotency_records_expires_at_idx").on(t.expiresAt),
  ],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
