import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";

export const AUDIT_RESULTS = ["success", "failure"] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/**
 * Who did what, when, from where, and how it ended. Append-only. No foreign keys on purpose: the
 * record of an organization's deletion, or of a user's actions, must outlive the rows it names.
 * `details` holds names and roles, never a secret (see server/audit/record.ts).
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    createdAt: ts().notNull().defaultNow(),
    /** `auth.sign_in`, `api_key.created`, `member.role_changed`… (server/audit/actions.ts). */
    action: text().notNull(),
    result: text({ enum: AUDIT_RESULTS }).notNull(),
    /** The user who acted (or tried to sign in as); null for an unknown account. */
    actorUserId: uuid(),
    /** Set when the user acted through one of their API keys. */
    actorApiKeyId: uuid(),
    /** The organization the event belongs to; null for account events such as sign-ins. */
    organizationId: uuid(),
    targetType: text(),
    targetId: text(),
    ipAddress: text(),
    userAgent: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    // Serves an organization's audit log, newest first, paged by (created_at, id).
    index("audit_events_organization_created_idx")
      .on(t.organizationId, t.createdAt.desc(), t.id.desc())
      .where(sql`${t.organizationId} is not null`),
    // Serves a user's own sign-in history.
    index("audit_events_actor_created_idx").on(t.actorUserId, t.createdAt.desc(), t.id.desc()),
  ],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
