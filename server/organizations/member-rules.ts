import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organizations, teams, users, type MembershipRow } from "@/db/schema";
import { AppError } from "@/server/platform/errors";
import type { MemberResponse } from "./schemas";

export const memberNotFound = () => AppError.notFound("Member");

export async function findMembership(
  db: Db,
  orgId: string,
  userId: string,
): Promise<MembershipRow | undefined> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, orgId), eq(memberships.userId, userId)));
  return row;
}

/** A team id from a request, checked to belong to the organization (else a field error). */
export async function requireTeamOf(
  db: Db,
  orgId: string,
  teamId: string | null | undefined,
): Promise<string | null> {
  if (!teamId) return null;
  const [team] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.organizationId, orgId)));
  if (!team) {
    throw new AppError("not_found", "Team not found in this organization", {
      details: { issues: [{ path: "team_id", message: "Team not found in this organization" }] },
    });
  }
  return team.id;
}

/**
 * Refuses to let `userId` stop being an owner when no other owner would remain. Locks the owner
 * rows, so two owners removing each other at once cannot both succeed. Call inside a transaction.
 */
export async function assertAnotherOwnerRemains(
  tx: Db,
  orgId: string,
  userId: string,
  what: string,
): Promise<void> {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, orgId), eq(memberships.role, "owner")))
    .for("update");
  if (owners.some((o) => o.userId === userId) && owners.length < 2) {
    throw new AppError(
      "conflict",
      `The last owner cannot ${what}; make someone else an owner first`,
    );
  }
}

/** When the accountable owner stops being an owner, the longest-standing other owner takes over. */
export async function handOverOwnership(
  tx: Db,
  orgId: string,
  formerOwnerId: string,
): Promise<void> {
  const [next] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organizationId, orgId),
        eq(memberships.role, "owner"),
        ne(memberships.userId, formerOwnerId),
      ),
    )
    .orderBy(asc(memberships.joinedAt))
    .limit(1);
  if (!next) return;
  await tx
    .update(organizations)
    .set({ ownerId: next.userId, updatedAt: sql`now()` })
    .where(and(eq(organizations.id, orgId), eq(organizations.ownerId, formerOwnerId)));
}

export function selectMembers(db: Db) {
  return db
    .select({
      userId: memberships.userId,
      organizationId: memberships.organizationId,
      email: users.email,
      username: users.username,
      fullName: users.fullName,
      role: memberships.role,
      teamId: memberships.teamId,
      teamName: teams.name,
      joinedAt: memberships.joinedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(teams, eq(teams.id, memberships.teamId));
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof selectMembers>["execute"]>>[number];

export function toMemberResponse(row: MemberRow): MemberResponse {
  return {
    user_id: row.userId,
    organization_id: row.organizationId,
    email: row.email,
    username: row.username,
    full_name: row.fullName,
    role: row.role,
    team_id: row.teamId,
    team_name: row.teamName,
    joined_at: row.joinedAt.toISOString(),
  };
}

export async function getMember(db: Db, orgId: string, userId: string): Promise<MemberResponse> {
  const [row] = await selectMembers(db).where(
    and(eq(memberships.organizationId, orgId), eq(memberships.userId, userId)),
  );
  if (!row) throw memberNotFound();
  return toMemberResponse(row);
}
