import { and, asc, eq, sql } from "drizzle-orm";
import { teams, type TeamRow } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import { uniqueViolation } from "@/server/platform/db-errors";
import { AppError } from "@/server/platform/errors";
import { decodeCursor, toPage, type Page, type PageQuery } from "@/server/platform/pagination";
import { requireMembership } from "./access";
import type { TeamRequest, TeamResponse } from "./schemas";

const memberCount = sql<number>`(select count(*) from memberships m where m.team_id = ${teams.id})::int`;

const teamNotFound = () => AppError.notFound("Team");

function toResponse(row: { team: TeamRow; memberCount: number }): TeamResponse {
  return {
    id: row.team.id,
    organization_id: row.team.organizationId,
    name: row.team.name,
    member_count: row.memberCount,
    created_at: row.team.createdAt.toISOString(),
    updated_at: row.team.updatedAt.toISOString(),
  };
}

function rethrowNameTaken(error: unknown): never {
  if (uniqueViolation(error) === "teams_organization_name_key") {
    throw new AppError("conflict", "A team with this name already exists", {
      details: { issues: [{ path: "name", message: "A team with this name already exists" }] },
    });
  }
  throw error;
}

async function getTeam(ctx: AuthedCtx, orgId: string, teamId: string): Promise<TeamResponse> {
  const [row] = await ctx.db
    .select({ team: teams, memberCount })
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.organizationId, orgId)));
  if (!row) throw teamNotFound();
  return toResponse(row);
}

export async function listTeams({
  ctx,
  orgId,
  input,
}: {
  ctx: AuthedCtx;
  orgId: string;
  input: PageQuery;
}): Promise<Page<TeamResponse>> {
  await requireMembership(ctx, orgId, "teams.read");
  const after = decodeCursor(input.cursor, "text");
  const sortName = sql`lower(${teams.name})`;
  const rows = await ctx.db
    .select({ team: teams, memberCount })
    .from(teams)
    .where(
      and(
        eq(teams.organizationId, orgId),
        after
          ? sql`(${sortName}, ${teams.id}) > (${String(after[0])}, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(sortName), asc(teams.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, toResponse, (r) => [r.team.name.toLowerCase(), r.team.id]);
}

export async function createTeam({
  ctx,
  orgId,
  input,
}: {
  ctx: AuthedCtx;
  orgId: string;
  input: TeamRequest;
}): Promise<TeamResponse> {
  await requireMembership(ctx, orgId, "teams.manage");
  try {
    const [team] = await ctx.db
      .insert(teams)
      .values({ organizationId: orgId, name: input.name })
      .returning({ id: teams.id });
    return getTeam(ctx, orgId, team!.id);
  } catch (error) {
    rethrowNameTaken(error);
  }
}

export async function renameTeam({
  ctx,
  orgId,
  teamId,
  input,
}: {
  ctx: AuthedCtx;
  orgId: string;
  teamId: string;
  input: TeamRequest;
}): Promise<TeamResponse> {
  await requireMembership(ctx, orgId, "teams.manage");
  try {
    const [team] = await ctx.db
      .update(teams)
      .set({ name: input.name, updatedAt: sql`now()` })
      .where(and(eq(teams.id, teamId), eq(teams.organizationId, orgId)))
      .returning({ id: teams.id });
    if (!team) throw teamNotFound();
  } catch (error) {
    rethrowNameTaken(error);
  }
  return getTeam(ctx, orgId, teamId);
}

/** Deletes the team; its members stay in the organization without a team. */
export async function deleteTeam({
  ctx,
  orgId,
  teamId,
}: {
  ctx: AuthedCtx;
  orgId: string;
  teamId: string;
}): Promise<void> {
  await requireMembership(ctx, orgId, "teams.manage");
  const deleted = await ctx.db
    .delete(teams)
    .where(and(eq(teams.id, teamId), eq(teams.organizationId, orgId)))
    .returning({ id: teams.id });
  if (deleted.length === 0) throw teamNotFound();
}
