import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { memberships, teams, users } from "@/db/schema";
import { now as clockNow } from "@/server/platform/clock";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { inScope, scopeUsers, statsRange, statsScope, type StatsScope } from "./scope";
import { emptyDay, lastActivity, modulesCompleted, userDays, type UserDay } from "./figures";
import type {
  EngagementResponse,
  MemberStats,
  MemberStatsPage,
  Totals,
  UserStatsResponse,
} from "./schemas";

/** At most this many members in one CSV export. */
export const CSV_MAX_ROWS = 10_000;

const minutes = (seconds: number) => Math.round(seconds / 6) / 10;

function totalsOf(days: Iterable<UserDay>): Omit<Totals, "active_members"> {
  const t = { xp: 0, tasks_submitted: 0, tasks_completed: 0, evaluations: 0, live: 0, learning: 0 };
  for (const d of days) {
    t.xp += d.xp;
    t.tasks_submitted += d.tasksSubmitted;
    t.tasks_completed += d.tasksCompleted;
    t.evaluations += d.evaluations;
    t.live += d.liveSeconds;
    t.learning += d.learningSeconds;
  }
  const { live, learning, ...rest } = t;
  return { ...rest, live_minutes: minutes(live), learning_minutes: minutes(learning) };
}

/** The organization's (or a team's) engagement per UTC date of [start_date, end_date). */
export async function getEngagement({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: { org_id: string; team_id?: string; start_date?: string; end_date?: string };
}): Promise<EngagementResponse> {
  const scope = await statsScope(ctx, input.org_id, input.team_id);
  const now = clockNow();
  const range = statsRange(input.start_date, input.end_date, now);
  const [members] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(inScope(scope));
  const cells = await userDays(ctx.db, scopeUsers(scope), range.lo, range.hi, now);
  const byDate = new Map(range.dates.map((d) => [d, [] as UserDay[]]));
  const activeUsers = new Set<string>();
  for (const [key, day] of cells) {
    const [userId, date] = key.split(" ") as [string, string];
    byDate.get(date)?.push(day);
    activeUsers.add(userId);
  }
  return {
    org_id: scope.orgId,
    team_id: scope.teamId,
    start_date: range.start,
    end_date: range.end,
    members: members?.n ?? 0,
    totals: { active_members: activeUsers.size, ...totalsOf(cells.values()) },
    days: range.dates.map((date) => {
      const list = byDate.get(date)!;
      return { date, active_members: list.length, ...totalsOf(list) };
    }),
  };
}

type MemberRow = {
  userId: string;
  username: string;
  fullName: string | null;
  email: string;
  role: MemberStats["role"];
  teamId: string | null;
  teamName: string | null;
  joinedAt: Date;
};

async function memberRows(ctx: AuthedCtx, scope: StatsScope, where?: SQL): Promise<MemberRow[]> {
  return ctx.db
    .select({
      userId: memberships.userId,
      username: users.username,
      fullName: users.fullName,
      email: users.email,
      role: memberships.role,
      teamId: memberships.teamId,
      teamName: teams.name,
      joinedAt: memberships.joinedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(teams, eq(teams.id, memberships.teamId))
    .where(and(inScope(scope), where));
}

/** Every member's figures over the range; the rows are few (one organization's members). */
async function memberStats(
  ctx: AuthedCtx,
  rows: MemberRow[],
  range: ReturnType<typeof statsRange>,
  now: Date,
): Promise<MemberStats[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.userId);
  const cells = await userDays(ctx.db, ids, range.lo, range.hi, now);
  const perUser = new Map<string, UserDay[]>();
  for (const [key, day] of cells) {
    const userId = key.split(" ")[0]!;
    perUser.set(userId, [...(perUser.get(userId) ?? []), day]);
  }
  const latest = await lastActivity(ctx.db, ids);
  const modules = await modulesCompleted(ctx.db, ids);
  return rows.map((r) => {
    const { active_members: _, ...totals } = {
      active_members: 0,
      ...totalsOf(perUser.get(r.userId) ?? [emptyDay()]),
    };
    return {
      user_id: r.userId,
      username: r.username,
      full_name: r.fullName,
      email: r.email,
      role: r.role,
      team_id: r.teamId,
      team_name: r.teamName,
      joined_at: r.joinedAt.toISOString(),
      ...totals,
      modules_completed: modules.get(r.userId) ?? 0,
      last_activity_at: latest.get(r.userId)?.toISOString() ?? null,
    };
  });
}

type MembersInput = {
  org_id: string;
  team_id?: string;
  start_date?: string;
  end_date?: string;
  sort: MemberStatsPage["sort"];
  order: "asc" | "desc";
  page: number;
  limit: number;
  q?: string;
};

function compare(sort: MemberStatsPage["sort"]) {
  return (a: MemberStats, b: MemberStats): number => {
    switch (sort) {
      case "name":
        return (a.full_name ?? a.username).localeCompare(b.full_name ?? b.username);
      case "last_activity_at":
        return (a.last_activity_at ?? "").localeCompare(b.last_activity_at ?? "");
      case "joined_at":
        return a.joined_at.localeCompare(b.joined_at);
      default:
        return a[sort] - b[sort];
    }
  };
}

/** Members with their figures, filtered, sorted and paged; `all` for the CSV export. */
export async function listMemberStats({
  ctx,
  input,
  all = false,
}: {
  ctx: AuthedCtx;
  input: MembersInput;
  all?: boolean;
}): Promise<MemberStatsPage> {
  const scope = await statsScope(ctx, input.org_id, input.team_id);
  const now = clockNow();
  const range = statsRange(input.start_date, input.end_date, now);
  const q = input.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await memberRows(
    ctx,
    scope,
    q
      ? or(
          ilike(users.username, `%${q}%`),
          ilike(users.email, `%${q}%`),
          ilike(users.fullName, `%${q}%`),
        )
      : undefined,
  );
  const stats = await memberStats(ctx, rows, range, now);
  const by = compare(input.sort);
  const sign = input.order === "asc" ? 1 : -1;
  // Ties by username, so the order (and so the pages) never changes between calls.
  stats.sort((a, b) => sign * by(a, b) || a.username.localeCompare(b.username));
  const offset = all ? 0 : (input.page - 1) * input.limit;
  return {
    org_id: scope.orgId,
    team_id: scope.teamId,
    start_date: range.start,
    end_date: range.end,
    items: stats.slice(offset, all ? CSV_MAX_ROWS : offset + input.limit),
    page: all ? 1 : input.page,
    limit: all ? Math.min(stats.length, CSV_MAX_ROWS) : input.limit,
    total: stats.length,
    sort: input.sort,
    order: input.order,
  };
}

/** One member's figures and days, for the drill-down. */
export async function getUserStats({
  ctx,
  userId,
  input,
}: {
  ctx: AuthedCtx;
  userId: string;
  input: { org_id: string; start_date?: string; end_date?: string };
}): Promise<UserStatsResponse> {
  const scope = await statsScope(ctx, input.org_id, undefined);
  const now = clockNow();
  const range = statsRange(input.start_date, input.end_date, now);
  const [row] = await memberRows(
    ctx,
    { orgId: scope.orgId, teamId: null },
    eq(memberships.userId, userId),
  );
  if (!row) throw AppError.notFound("Member");
  if (scope.teamId && row.teamId !== scope.teamId) {
    throw new AppError("forbidden", "Managers see the statistics of their own team only");
  }
  const [member] = await memberStats(ctx, [row], range, now);
  const cells = await userDays(ctx.db, [userId], range.lo, range.hi, now);
  return {
    org_id: scope.orgId,
    start_date: range.start,
    end_date: range.end,
    member: member!,
    days: range.dates.map((date) => ({
      date,
      ...totalsOf([cells.get(`${userId} ${date}`) ?? emptyDay()]),
    })),
  };
}
