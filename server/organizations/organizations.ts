import { recordAudit } from "@/server/audit/record";
import { and, asc, eq, sql } from "drizzle-orm";
import { memberships, organizations, tenants, type OrganizationRow, type Role } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import { uniqueViolation } from "@/server/platform/db-errors";
import { AppError } from "@/server/platform/errors";
import { decodeCursor, toPage, type Page, type PageQuery } from "@/server/platform/pagination";
import { orgNotFound, requireMembership } from "./access";
import type {
  CreateOrganizationRequest,
  OrganizationResponse,
  UpdateOrganizationRequest,
} from "./schemas";
import { freeSlugFor } from "./slugs";

const memberCount = sql<number>`(select count(*) from memberships m where m.organization_id = ${organizations.id})::int`;

/**
 * Organizations joined with the caller's membership: a non-member's query finds nothing, and an
 * API key's finds its own organization only.
 */
function selectMine(ctx: AuthedCtx) {
  const { actor } = ctx;
  return ctx.db
    .select({ org: organizations, role: memberships.role, memberCount })
    .from(organizations)
    .innerJoin(
      memberships,
      and(
        eq(memberships.organizationId, organizations.id),
        eq(memberships.userId, actor.userId),
        actor.kind === "apiKey" ? eq(organizations.id, actor.organizationId) : undefined,
      ),
    );
}

function toResponse(row: {
  org: OrganizationRow;
  role: Role;
  memberCount: number;
}): OrganizationResponse {
  const { org } = row;
  return {
    id: org.id,
    tenant_id: org.tenantId,
    name: org.name,
    slug: org.slug,
    description: org.description,
    owner_id: org.ownerId,
    role: row.role,
    member_count: row.memberCount,
    live_seconds_per_member: org.liveSecondsPerMember,
    created_at: org.createdAt.toISOString(),
    updated_at: org.updatedAt.toISOString(),
  };
}

const slugTaken = () =>
  new AppError("slug_taken", "This slug is taken by another organization", {
    details: { issues: [{ path: "slug", message: "This slug is taken by another organization" }] },
  });

function rethrowSlugTaken(error: unknown): never {
  if (uniqueViolation(error) === "organizations_slug_key") throw slugTaken();
  throw error;
}

export async function listOrganizations({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: PageQuery;
}): Promise<Page<OrganizationResponse>> {
  const after = decodeCursor(input.cursor, "text");
  const sortName = sql`lower(${organizations.name})`;
  const rows = await selectMine(ctx)
    .where(
      after
        ? sql`(${sortName}, ${organizations.id}) > (${String(after[0])}, ${String(after[1])}::uuid)`
        : undefined,
    )
    .orderBy(asc(sortName), asc(organizations.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, toResponse, (r) => [r.org.name.toLowerCase(), r.org.id]);
}

export async function getOrganization({
  ctx,
  orgId,
}: {
  ctx: AuthedCtx;
  orgId: string;
}): Promise<OrganizationResponse> {
  const [row] = await selectMine(ctx).where(eq(organizations.id, orgId));
  if (!row) throw orgNotFound();
  return toResponse(row);
}

/** Creates the organization with its tenant; the creator becomes its owner. */
export async function createOrganization({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: CreateOrganizationRequest;
}): Promise<OrganizationResponse> {
  if (ctx.actor.kind === "apiKey") {
    throw new AppError(
      "forbidden",
      "API keys act inside their own organization; create organizations with a user's token",
    );
  }
  const slug = input.slug ?? (await freeSlugFor(ctx.db, input.name));
  try {
    const orgId = await ctx.db.transaction(async (tx) => {
      const [tenant] = await tx.insert(tenants).values({}).returning({ id: tenants.id });
      const [org] = await tx
        .insert(organizations)
        .values({
          tenantId: tenant!.id,
          name: input.name,
          slug,
          description: input.description || null,
          ownerId: ctx.actor.userId,
        })
        .returning({ id: organizations.id });
      await tx
        .insert(memberships)
        .values({ organizationId: org!.id, userId: ctx.actor.userId, role: "owner" });
      return org!.id;
    });
    return getOrganization({ ctx, orgId });
  } catch (error) {
    rethrowSlugTaken(error);
  }
}

export async function updateOrganization({
  ctx,
  orgId,
  input,
}: {
  ctx: AuthedCtx;
  orgId: string;
  input: UpdateOrganizationRequest;
}): Promise<OrganizationResponse> {
  await requireMembership(ctx, orgId, "organization.update");
  try {
    await ctx.db
      .update(organizations)
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.slug !== undefined && { slug: input.slug }),
        ...(input.description !== undefined && { description: input.description || null }),
        ...(input.live_seconds_per_member !== undefined && {
          liveSecondsPerMember: input.live_seconds_per_member,
        }),
        updatedAt: sql`now()`,
      })
      .where(eq(organizations.id, orgId));
  } catch (error) {
    rethrowSlugTaken(error);
  }
  return getOrganization({ ctx, orgId });
}

/**
 * Deletes the organization and everything it owns: deleting its tenant cascades to the
 * organization, its teams, memberships and whatever later hangs on either, in one statement.
 */
export async function deleteOrganization({
  ctx,
  orgId,
}: {
  ctx: AuthedCtx;
  orgId: string;
}): Promise<void> {
  await requireMembership(ctx, orgId, "organization.delete");
  await ctx.db.transaction(async (tx) => {
    const [org] = await tx
      .select({
        tenantId: organizations.tenantId,
        name: organizations.name,
        slug: organizations.slug,
      })
      .from(organizations)
      .where(eq(organizations.id, orgId))
      .for("update");
    if (!org) throw orgNotFound();
    await tx.delete(tenants).where(eq(tenants.id, org.tenantId));
    // Kept after the organization is gone (audit_events has no foreign keys), for the operator.
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "organization.deleted",
        organizationId: orgId,
        target: { type: "organization", id: orgId },
        details: { name: org.name, slug: org.slug },
      },
    );
  });
}
