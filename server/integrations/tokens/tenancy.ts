import { eq } from "drizzle-orm";
import { organizations } from "@/db/schema";
import { orgNotFound, requireMembership } from "@/server/organizations/access";
import type { Action } from "@/server/organizations/permissions";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";

export type Tenant = { tenantId: string; organizationId: string };

/**
 * The tenant (organization) a call acts in, checked for `action`: an API key's own organization
 * (naming another is a 404), or for a user the `tenantId` they name, where they must be a member
 * with the role the action needs. Integration tokens are managed like API keys (admins).
 */
export async function resolveTenant(
  ctx: AuthedCtx,
  tenantId: string | undefined,
  action: Action,
): Promise<Tenant> {
  let organizationId: string;
  if (ctx.actor.kind === "apiKey") {
    organizationId = ctx.actor.organizationId;
  } else {
    if (!tenantId) {
      throw AppError.validation([
        { path: "tenantId", message: "Name the tenant (your organization's tenant_id)" },
      ]);
    }
    const [org] = await ctx.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.tenantId, tenantId));
    if (!org) throw orgNotFound();
    organizationId = org.id;
  }
  await requireMembership(ctx, organizationId, action);
  const [org] = await ctx.db
    .select({ tenantId: organizations.tenantId })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!org || (tenantId !== undefined && org.tenantId !== tenantId)) throw orgNotFound();
  return { tenantId: org.tenantId, organizationId };
}

/** Who manages a tenant's integration tokens: its admins and owners, as for API keys. */
export const MANAGE: Action = "api_keys.manage";
/** Who may check one: any member. */
export const READ: Action = "organization.read";
