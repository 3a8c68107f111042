import { and, eq, sql, type SQL } from "drizzle-orm";
import { memberships, teams } from "@/db/schema";
import { requireMembership } from "@/server/organizations/access";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";

// What every statistics verb checks first: the date range asked for, and whose figures the caller
// may read.

const DAY_MS = 86_400_000;
/** The longest range one request may ask for. */
export const MAX_RANGE_DAYS = 366;

const dateOf = (at: Date) => at.toISOString().slice(0, 10);
const startOf = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** [start, end) as UTC dates, checked; defaults to the 30 days ending with today. */
export function statsRange(startDate: string | undefined, endDate: string | undefined, now: Date) {
  const end = endDate ?? dateOf(new Date(startOf(dateOf(now)).getTime() + DAY_MS));
  const start = startDate ?? dateOf(new Date(startOf(end).getTime() - 30 * DAY_MS));
  const lo = startOf(start);
  const hi = startOf(end);
  const days = Math.round((hi.getTime() - lo.getTime()) / DAY_MS);
  if (days < 1) {
    throw AppError.validation([
      { path: "end_date", message: "`end_date` must be after `start_date` (it is exclusive)" },
    ]);
  }
  if (days > MAX_RANGE_DAYS) {
    throw AppError.validation([
      { path: "start_date", message: `Ask for at most ${MAX_RANGE_DAYS} days at a time` },
    ]);
  }
  const dates = Array.from({ length: days }, (_, i) => dateOf(new Date(lo.getTime() + i * DAY_MS)));
  return { start, end, lo, hi, dates };
}

export type StatsScope = { orgId: string; teamId: string | null };

/**
 * Who may read statistics, and of whom: owners and admins the organization or any of its teams,
 * managers their own team only; members nothing. Non-members get 404 like any organization.
 */
export async function statsScope(
  ctx: AuthedCtx,
  orgId: string,
  teamId: string | undefined,
): Promise<StatsScope> {
  const acting = await requireMembership(ctx, orgId, "organization.read");
  if (acting.role === "member") {
    throw new AppError(
      "forbidden",
      "Statistics are for the organization's owners, admins and team managers",
    );
  }
  if (acting.role === "manager") {
    if (!acting.teamId) throw new AppError("forbidden", "You manage no team in this organization");
    if (teamId && teamId !== acting.teamId) {
      throw new AppError("forbidden", "Managers see the statistics of their own team only");
    }
    return { orgId, teamId: acting.teamId };
  }
  if (teamId) {
    const [team] = await ctx.db
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.id, teamId), eq(teams.organizationId, orgId)));
    if (!team) throw AppError.notFound("Team");
  }
  return { orgId, teamId: teamId ?? null };
}

export const inScope = (scope: StatsScope): SQL =>
  and(
    eq(memberships.organizationId, scope.orgId),
    scope.teamId ? eq(memberships.teamId, scope.teamId) : undefined,
  )!;

export function scopeUsers(scope: StatsScope) {
  return sql`(select ${memberships.userId} from ${memberships} where ${inScope(scope)})`;
}
