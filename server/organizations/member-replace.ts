import { and, eq, sql } from "drizzle-orm";
import { memberships } from "@/db/schema";
import { uniqueViolation } from "@/server/platform/db-errors";
import { AppError } from "@/server/platform/errors";
import type { AuthedCtx } from "@/server/platform/context";
import { recordAudit } from "@/server/audit/record";
import { requireMembership } from "./access";
import {
  assertAnotherOwnerRemains,
  findMembership,
  getMember,
  handOverOwnership,
  memberNotFound,
  requireTeamOf,
} from "./member-rules";
import { assertCanGrant, assertCanManageMember, type Acting } from "./permissions";
import type { MemberResponse, ReplaceMemberRequest } from "./schemas";

/**
 * Sets a member's role and team (PUT). With another `organization_id`, moves the member there:
 * the caller must administer both organizations, and the role and team apply in the new one.
 */
export async function replaceMember({
  ctx,
  orgId,
  userId,
  input,
}: {
  ctx: AuthedCtx;
  orgId: string;
  userId: string;
  input: ReplaceMemberRequest;
}): Promise<MemberResponse> {
  const moving = input.organization_id !== undefined && input.organization_id !== orgId;
  const acting = await requireMembership(ctx, orgId, moving ? "members.move" : "members.update");
  const member = await findMembership(ctx.db, orgId, userId);
  if (!member) throw memberNotFound();
  if (userId !== ctx.actor.userId) assertCanManageMember(acting, member);
  if (moving) return moveMember(ctx, { orgId, userId, role: member.role }, input);

  assertCanGrant(acting, input.role);
  assertManagerKeepsTeam(acting, input.team_id);
  const teamId = await requireTeamOf(ctx.db, orgId, input.team_id);
  await ctx.db.transaction(async (tx) => {
    const demoted = member.role === "owner" && input.role !== "owner";
    if (demoted) await assertAnotherOwnerRemains(tx, orgId, userId, "be demoted");
    await tx
      .update(memberships)
      .set({ role: input.role, teamId, updatedAt: sql`now()` })
      .where(and(eq(memberships.organizationId, orgId), eq(memberships.userId, userId)));
    if (demoted) await handOverOwnership(tx, orgId, userId);
    if (member.role !== input.role) {
      await recordAudit(
        { ...ctx, db: tx },
        {
          action: "member.role_changed",
          organizationId: orgId,
          target: { type: "user", id: userId },
          details: { from: member.role, to: input.role },
        },
      );
    }
  });
  return getMember(ctx.db, orgId, userId);
}

/** A manager may not send a member of their team to another team (or out of any team). */
function assertManagerKeepsTeam(acting: Acting, teamId: string | null) {
  if (acting.role === "manager" && teamId !== acting.teamId) {
    throw new AppError("forbidden", "Managers manage members of their own team only");
  }
}

async function moveMember(
  ctx: AuthedCtx,
  from: { orgId: string; userId: string; role: string },
  input: ReplaceMemberRequest,
): Promise<MemberResponse> {
  const destination = input.organization_id!;
  const actingThere = await requireMembership(ctx, destination, "members.add");
  assertCanGrant(actingThere, input.role);
  const teamId = await requireTeamOf(ctx.db, destination, input.team_id);
  try {
    await ctx.db.transaction(async (tx) => {
      if (from.role === "owner")
        await assertAnotherOwnerRemains(tx, from.orgId, from.userId, "be moved away");
      await tx
        .delete(memberships)
        .where(
          and(eq(memberships.organizationId, from.orgId), eq(memberships.userId, from.userId)),
        );
      await tx
        .insert(memberships)
        .values({ organizationId: destination, userId: from.userId, role: input.role, teamId });
      if (from.role === "owner") await handOverOwnership(tx, from.orgId, from.userId);
      // Each organization's log tells its own half of the move.
      const audit = { ...ctx, db: tx };
      const target = { type: "user", id: from.userId };
      await recordAudit(audit, {
        action: "member.removed",
        organizationId: from.orgId,
        target,
        details: { role: from.role, moved_to: destination },
      });
      await recordAudit(audit, {
        action: "member.added",
        organizationId: destination,
        target,
        details: { role: input.role, moved_from: from.orgId },
      });
    });
  } catch (error) {
    if (uniqueViolation(error) === "memberships_pkey") {
      throw new AppError(
        "conflict",
        "This person is already a member of the destination organization",
      );
    }
    throw error;
  }
  return getMember(ctx.db, destination, from.userId);
}
