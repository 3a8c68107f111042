import { and, eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { assertCan, permissionsOf, type Acting, type Action } from "./permissions";

export const orgNotFound = () => AppError.notFound("Organization");

/**
 * The caller's membership of `organizationId`, checked for `action`. Non-members get the same
 * 404 as for an organization that does not exist, so ids of other tenants reveal nothing. An API
 * key acts with its creator's current role, so a demoted creator's keys lose power at once.
 */
export async function requireMembership(
  ctx: AuthedCtx,
  organizationId: string,
  action: Action,
): Promise<Acting> {
  // An API key never reaches past its own organization, whatever its creator belongs to.
  if (ctx.actor.kind === "apiKey" && ctx.actor.organizationId !== organizationId)
    throw orgNotFound();
  const [row] = await ctx.db
    .select({ role: memberships.role, teamId: memberships.teamId })
    .from(memberships)
    .where(
      and(eq(memberships.organizationId, organizationId), eq(memberships.userId, ctx.actor.userId)),
    );
  if (!row) throw orgNotFound();
  assertCan(row, action);
  return row;
}

/** The caller's role, team and what that role allows here: for the UI to offer only what works. */
export async function getMyPermissions({ ctx, orgId }: { ctx: AuthedCtx; orgId: string }) {
  const acting = await requireMembership(ctx, orgId, "organization.read");
  return { role: acting.role, team_id: acting.teamId, permissions: permissionsOf(acting.role) };
}
