import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { users } from "./users";

export const ROLES = ["owner", "admin", "manager", "member"] as const;
export type Role = (typeof ROLES)[number];

/**
 * The isolation boundary: one per organization. What belongs to a customer as a whole (API keys,
 * plans, signing keys) hangs on the tenant, so it can outlive a rename or a reorganization.
 */
export const tenants = pgTable("tenants", {
  id: uuid().primaryKey().defaultRandom(),
  plan: text().notNull().default("free"),
  createdAt: ts().notNull().defaultNow(),
});

export const organizations = pgTable(
  "organizations",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    slug: text().notNull(),
    description: text(),
    /** Live seconds a month every member gets at least (null: their plan's allowance). */
    liveSecondsPerMember: integer(),
    /** The accountable owner: the creator, handed to another owner if the creator leaves. */
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organizations_slug_key").on(t.slug),
    uniqueIndex("organizations_tenant_id_key").on(t.tenantId),
  ],
);

export const teams = pgTable(
  "teams",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    // Serves the team list of an organization and keeps names unique within it, whatever the case.
    uniqueIndex("teams_organization_name_key").on(t.organizationId, sql`lower(${t.name})`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text({ enum: ROLES }).notNull(),
    /** Always a team of the same organization (the verbs only accept the organization's teams). */
    teamId: uuid().references(() => teams.id, { onDelete: "set null" }),
    joinedAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "memberships_pkey", columns: [t.organizationId, t.userId] }),
    // Serves "my organizations".
    index("memberships_user_id_idx").on(t.userId),
    index("memberships_team_id_idx").on(t.teamId),
  ],
);

export type OrganizationRow = typeof organizations.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
export type TeamRow = typeof teams.$inferSelect;
