import { and, asc, eq, sql } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import { uniqueViolation } from "@/server/platform/db-errors";
import { AppError } from "@/server/platform/errors";
import { decodeCursor, toPage, type Page, type PageQuery } from "@/server/platform/pagination";
import { recordAudit } from "@/server/audit/record";
import { requireMembership } from "./access";
import {
  assertAnotherOwnerRemains,
  findMembership,
  getMember,
  handOverOwnership,
  memberNotFound,
  requireTeamOf,
  selectMembers,
  toMemberResponse,
} from "./member-rules";
import { assertCanGrant, assertCanManageMember } from "./permissions";
import type { AddMemberRequest, MemberResponse, UpdateMemberRoleRequest } from "./schemas";

type MemberTarget = { ctx: AuthedCtx; orgId: string; userId: string };

export async function listMembers({
  ctx,
  orgId,
  input,
}: {
  ctx: AuthedCtx;
  orgId: string;
  input: PageQuery;
}): Promise<Page<MemberResponse>> {
  await requireMembership(ctx, orgId, "members.read");
  const after = decodeCursor(input.cursor, "timestamp");
  const rows = await selectMembers(ctx.db)
    .where(
      and(
        eq(memberships.organizationId, orgId),
        after
          ? sql`(${memberships.joinedAt}, ${memberships.userId}) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(memberships.joinedAt), asc(memberships.userId))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, toMemberResponse, (r) => [r.joinedAt.toISOString(), r.userId]);
}

export async function addMember({
  ctx,
  orgId,
  input,
}: {
  ctx: AuthedCtx;
  orgId: string;
  input: AddMemberRequest;
}): Promise<MemberResponse> {
  const acting = await requireMembership(ctx, orgId, "members.add");
  assertCanGrant(acting, input.role);
  const [user] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, input.email.toLowerCase()));
  if (!user) {
    throw new AppError(
      "user_not_found",
      "No Xentree account uses this email; ask them to sign up first",
      {
        details: { issues: [{ path: "email", message: "No Xentree account uses this email" }] },
      },
    );
  }
  const teamId = await requireTeamOf(ctx.db, orgId, input.team_id);
  try {
    await ctx.db
      .insert(memberships)
      .values({ organizationId: orgId, userId: user.id, role: input.role, teamId });
  } catch (error) {
    if (uniqueViolation(error) === "memberships_pkey") {
      throw new AppError("conflict", "This person is already a member", {
        details: { issues: [{ path: "email", message: "Already a member of this organization" }] },
      });
    }
    throw error;
  }
  await recordAudit(ctx, {
    action: "member.added",
    organizationId: orgId,
    target: { type: "user", id: user.id },
    details: { role: input.role },
  });
  return getMember(ctx.db, orgId, user.id);
}

/** Loads the acting member and the target, and checks the acting one may manage the target. */
async function prepareChange(
  { ctx, orgId, userId }: MemberTarget,
  action: "members.update" | "members.remove",
) {
  const acting = await requireMembership(ctx, orgId, action);
  const target = await findMembership(ctx.db, orgId, userId);
  if (!target) throw memberNotFound();
  if (userId !== ctx.actor.userId) assertCanManageMember(acting, target);
  return { acting, target };
}

export async function updateMemberRole({
  input,
  ...target
}: MemberTarget & { input: UpdateMemberRoleRequest }): Promise<MemberResponse> {
  const { acting, target: member } = await prepareChange(target, "members.update");
  assertCanGrant(acting, input.role);
  await target.ctx.db.transaction(async (tx) => {
    if (member.role === "owner" && input.role !== "owner") {
      await assertAnotherOwnerRemains(tx, target.orgId, target.userId, "be demoted");
    }
    await tx
      .update(memberships)
      .set({ role: input.role, updatedAt: sql`now()` })
      .where(
        and(eq(memberships.organizationId, target.orgId), eq(memberships.userId, target.userId)),
      );
    if (member.role === "owner" && input.role !== "owner")
      await handOverOwnership(tx, target.orgId, target.userId);
    if (member.role !== input.role) {
      await recordAudit(
        { ...target.ctx, db: tx },
        {
          action: "member.role_changed",
          organizationId: target.orgId,
          target: { type: "user", id: target.userId },
          details: { from: member.role, to: input.role },
        },
      );
    }
  });
  return getMember(target.ctx.db, target.orgId, target.userId);
}

/** Removes a member; anyone may remove themselves (leave), except the last owner. */
export async function removeMember(target: MemberTarget): Promise<void> {
  const { ctx, orgId, userId } = target;
  const isSelf = userId === ctx.actor.userId;
  const member = isSelf
    ? await findMembership(ctx.db, orgId, userId)
    : (await prepareChange(target, "members.remove")).target;
  if (!member) throw AppError.notFound("Organization");
  await ctx.db.transaction(async (tx) => {
    if (member.role === "owner")
      await assertAnotherOwnerRemains(tx, orgId, userId, isSelf ? "leave" : "be removed");
    await tx
      .delete(memberships)
      .where(and(eq(memberships.organizationId, orgId), eq(memberships.userId, userId)));
    if (member.role === "owner") await handOverOwnership(tx, orgId, userId);
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "member.removed",
        organizationId: orgId,
        target: { type: "user", id: userId },
        details: { role: member.role, left: isSelf },
      },
    );
  });
}
