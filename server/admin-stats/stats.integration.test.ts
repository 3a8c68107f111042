import { asc, eq } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import {
  conversationSessions,
  liveSessions,
  messages,
  xelEvaluations,
  xelModules,
  xelSubmissions,
  xelTaskProgress,
  xelTasks,
  xpEvents,
} from "@/db/schema";
import { createConversation } from "@/server/conversations/conversations";
import { bindRoute } from "@/server/http/registry";
import { addMember } from "@/server/organizations/members";
import { createTeam } from "@/server/organizations/teams";
import { ManualClock, useClock } from "@/server/platform/clock";
import { CLIENT_IP_HEADER } from "@/server/platform/request-info";
import { ensureCurriculum } from "@/server/xel/seed";
import { describeEachDatabase, uniqueIp } from "@/tests/databases";
import { codeOf, orgWithOwner } from "@/tests/fixtures";
import { bearerFor } from "@/tests/fuzz/world";
import { createTestUser, type TestUser } from "@/tests/users";
import { getEngagement, getUserStats, listMemberStats } from "./stats";

let restore: () => void;
beforeEach(() => {
  restore = useClock(new ManualClock("2026-03-05T12:00:00.000Z"));
});
afterEach(() => restore());

const at = (iso: string) => new Date(iso);
const RANGE = { start_date: "2026-03-01", end_date: "2026-03-03" };
const PAGE = { sort: "xp", order: "desc", page: 1, limit: 20 } as const;

describeEachDatabase("organization statistics", (db) => {
  let orgId: string;
  let owner: TestUser, manager: TestUser, m1: TestUser, m2: TestUser, admin: TestUser;
  let teamA: string, teamB: string;
  let moduleTasks: number;

  // Seeded figures, by hand (docs/admin-stats.md):
  //   m1 (team A): XP 10 on 1 March and 30 on 2 March (5 more on 3 March: outside, end exclusive),
  //     every task of the first module completed on 1 March, one task answer and one evaluation
  //     on 2 March, a 150 s Live session on 1 March;
  //   m2 (team B): XP 20 on 1 March, a 600 s conversation session on 2 March;
  //   manager (team A): one chat message on 20 February (last activity, outside the range);
  //   owner, admin: nothing.
  beforeAll(async () => {
    await ensureCurriculum(db());
    const made = await orgWithOwner(db(), "Stats");
    owner = made.owner;
    orgId = made.org.id;
    teamA = (await createTeam({ ctx: owner.ctx, orgId, input: { name: "A" } })).id;
    teamB = (await createTeam({ ctx: owner.ctx, orgId, input: { name: "B" } })).id;
    const join = async (
      prefix: string,
      role: "admin" | "manager" | "member",
      team: string | null,
    ) => {
      const user = await createTestUser(db(), prefix);
      await addMember({
        ctx: owner.ctx,
        orgId,
        input: { email: user.profile.email, role, team_id: team },
      });
      return user;
    };
    admin = await join("adm", "admin", null);
    manager = await join("mgr", "manager", teamA);
    m1 = await join("mone", "member", teamA);
    m2 = await join("mtwo", "member", teamB);

    const [mod] = await db().select().from(xelModules).orderBy(asc(xelModules.position)).limit(1);
    const tasks = await db().select().from(xelTasks).where(eq(xelTasks.moduleId, mod!.id));
    moduleTasks = tasks.length;
    const u1 = m1.profile.id;
    const u2 = m2.profile.id;
    await db()
      .insert(xpEvents)
      .values([
        { userId: u1, amount: 10, source: "task", createdAt: at("2026-03-01T10:00:00.000Z") },
        { userId: u1, amount: 30, source: "task", createdAt: at("2026-03-02T11:00:00.000Z") },
        { userId: u1, amount: 5, source: "task", createdAt: at("2026-03-03T00:00:00.000Z") },
        { userId: u2, amount: 20, source: "task", createdAt: at("2026-03-01T23:59:59.000Z") },
      ]);
    await db()
      .insert(xelTaskProgress)
      .values(
        tasks.map((t) => ({
          userId: u1,
          taskId: t.id,
          moduleId: mod!.id,
          attempts: 1,
          bestScore: 100,
          completedAt: at("2026-03-01T10:00:00.000Z"),
          lastSubmittedAt: at("2026-03-01T10:00:00.000Z"),
        })),
      );
    await db()
      .insert(xelSubmissions)
      .values({
        userId: u1,
        taskId: tasks[0]!.id,
        response: "x",
        isCorrect: false,
        score: 0,
        feedback: "",
        xpAwarded: 0,
        createdAt: at("2026-03-02T11:00:00.000Z"),
      });
    await db()
      .insert(xelEvaluations)
      .values({
        userId: u1,
        skill: "writing",
        status: "scored",
        text: "x",
        criteria: {},
        issues: [],
        strengths: [],
        nextSteps: [],
        metrics: {},
        evaluator: {},
        createdAt: at("2026-03-02T15:00:00.000Z"),
      });
    const live = at("2026-03-01T09:00:00.000Z");
    await db()
      .insert(liveSessions)
      .values({
        userId: u1,
        sessionType: "voice",
        status: "ended",
        startedAt: live,
        lastHeartbeatAt: live,
        endedAt: at("2026-03-01T09:02:30.000Z"),
        maxDurationSeconds: 1800,
        expiresAt: at("2026-03-01T09:30:00.000Z"),
        durationSeconds: 150,
      });
    const c2 = await createConversation({ ctx: m2.ctx, input: {} });
    await db()
      .insert(conversationSessions)
      .values({
        userId: u2,
        conversationId: c2.id,
        status: "ended",
        startedAt: at("2026-03-02T08:00:00.000Z"),
        lastActivityAt: at("2026-03-02T08:10:00.000Z"),
        endedAt: at("2026-03-02T08:10:00.000Z"),
        durationSeconds: 600,
      });
    const cm = await createConversation({ ctx: manager.ctx, input: {} });
    await db()
      .insert(messages)
      .values({
        conversationId: cm.id,
        userId: manager.profile.id,
        role: "user",
        content: "hello",
        createdAt: at("2026-02-20T08:00:00.000Z"),
      });
  }, 120_000);

  it("counts the organization's engagement per day, end date exclusive", async () => {
    const stats = await getEngagement({ ctx: owner.ctx, input: { org_id: orgId, ...RANGE } });
    expect(stats).toMatchObject({
      org_id: orgId,
      team_id: null,
      start_date: "2026-03-01",
      end_date: "2026-03-03",
      members: 5,
      totals: {
        active_members: 2,
        xp: 60,
        tasks_submitted: 1,
        tasks_completed: moduleTasks,
        evaluations: 1,
        live_minutes: 2.5,
        learning_minutes: 10,
      },
    });
    expect(stats.days).toEqual([
      {
        date: "2026-03-01",
        active_members: 2,
        xp: 30,
        tasks_submitted: 0,
        tasks_completed: moduleTasks,
        evaluations: 0,
        live_minutes: 2.5,
        learning_minutes: 0,
      },
      {
        date: "2026-03-02",
        active_members: 2,
        xp: 30,
        tasks_submitted: 1,
        tasks_completed: 0,
        evaluations: 1,
        live_minutes: 0,
        learning_minutes: 10,
      },
    ]);
    // The default range is the 30 days ending today, and 3 March's XP is in it.
    const recent = await getEngagement({ ctx: owner.ctx, input: { org_id: orgId } });
    expect([recent.start_date, recent.end_date, recent.days.length]).toEqual([
      "2026-02-04",
      "2026-03-06",
      30,
    ]);
    expect(recent.totals).toMatchObject({ xp: 65, active_members: 3 });
  });

  it("a manager sees their own team only; a member sees nothing", async () => {
    const team = await getEngagement({ ctx: manager.ctx, input: { org_id: orgId, ...RANGE } });
    expect(team).toMatchObject({
      team_id: teamA,
      members: 2,
      totals: { active_members: 1, xp: 40, live_minutes: 2.5, learning_minutes: 0 },
    });
    expect(
      await codeOf(
        getEngagement({ ctx: manager.ctx, input: { org_id: orgId, team_id: teamB, ...RANGE } }),
      ),
    ).toBe("forbidden");
    expect(
      await codeOf(
        getUserStats({ ctx: manager.ctx, userId: m2.profile.id, input: { org_id: orgId } }),
      ),
    ).toBe("forbidden");
    expect(
      await codeOf(
        listMemberStats({ ctx: manager.ctx, input: { org_id: orgId, team_id: teamB, ...PAGE } }),
      ),
    ).toBe("forbidden");
    const mine = await listMemberStats({ ctx: manager.ctx, input: { org_id: orgId, ...PAGE } });
    expect(mine.items.map((m) => m.user_id).sort()).toEqual(
      [manager.profile.id, m1.profile.id].sort(),
    );
    for (const call of [
      () => getEngagement({ ctx: m1.ctx, input: { org_id: orgId } }),
      () => getUserStats({ ctx: m1.ctx, userId: m1.profile.id, input: { org_id: orgId } }),
      () => listMemberStats({ ctx: m1.ctx, input: { org_id: orgId, ...PAGE } }),
    ]) {
      expect(await codeOf(call())).toBe("forbidden");
    }
    const stranger = await createTestUser(db());
    expect(await codeOf(getEngagement({ ctx: stranger.ctx, input: { org_id: orgId } }))).toBe(
      "not_found",
    );
    // An admin may look at one team, but not at another organization's team.
    const b = await getEngagement({
      ctx: admin.ctx,
      input: { org_id: orgId, team_id: teamB, ...RANGE },
    });
    expect(b.totals).toMatchObject({ xp: 20, learning_minutes: 10, active_members: 1 });
    const other = await orgWithOwner(db(), "Other");
    const foreignTeam = await createTeam({
      ctx: other.owner.ctx,
      orgId: other.org.id,
      input: { name: "X" },
    });
    expect(
      await codeOf(
        getEngagement({ ctx: admin.ctx, input: { org_id: orgId, team_id: foreignTeam.id } }),
      ),
    ).toBe("not_found");
  });

  it("lists members with their figures, sorted, searched and paged", async () => {
    const page = await listMemberStats({
      ctx: owner.ctx,
      input: { org_id: orgId, ...RANGE, ...PAGE },
    });
    expect(page.total).toBe(5);
    expect(page.items[0]).toMatchObject({
      user_id: m1.profile.id,
      role: "member",
      team_id: teamA,
      team_name: "A",
      xp: 40,
      tasks_submitted: 1,
      tasks_completed: moduleTasks,
      modules_completed: 1,
      evaluations: 1,
      live_minutes: 2.5,
      learning_minutes: 0,
      last_activity_at: "2026-03-03T00:00:00.000Z",
    });
    expect(page.items[1]).toMatchObject({ user_id: m2.profile.id, xp: 20, learning_minutes: 10 });
    const managerRow = page.items.find((m) => m.user_id === manager.profile.id);
    expect(managerRow).toMatchObject({ xp: 0, last_activity_at: "2026-02-20T08:00:00.000Z" });
    expect(page.items.find((m) => m.user_id === owner.profile.id)?.last_activity_at).toBeNull();

    const found = await listMemberStats({
      ctx: owner.ctx,
      input: { org_id: orgId, ...PAGE, q: m2.profile.username.slice(0, 8).toUpperCase() },
    });
    expect(found.items.map((m) => m.user_id)).toContain(m2.profile.id);
    const second = await listMemberStats({
      ctx: owner.ctx,
      input: { org_id: orgId, ...RANGE, sort: "xp", order: "asc", page: 3, limit: 2 },
    });
    expect(second.items.map((m) => m.user_id)).toEqual([m1.profile.id]);
    expect(
      await codeOf(
        listMemberStats({
          ctx: owner.ctx,
          input: { org_id: orgId, ...PAGE, start_date: "2026-03-03", end_date: "2026-03-03" },
        }),
      ),
    ).toBe("validation_error");
  });

  it("one member's drill-down has their days", async () => {
    const detail = await getUserStats({
      ctx: manager.ctx,
      userId: m1.profile.id,
      input: { org_id: orgId, ...RANGE },
    });
    expect(detail.member).toMatchObject({ user_id: m1.profile.id, xp: 40, modules_completed: 1 });
    expect(detail.days.map((d) => [d.date, d.xp, d.live_minutes, d.evaluations])).toEqual([
      ["2026-03-01", 10, 2.5, 0],
      ["2026-03-02", 30, 0, 1],
    ]);
    const outsider = await createTestUser(db());
    expect(
      await codeOf(
        getUserStats({ ctx: owner.ctx, userId: outsider.profile.id, input: { org_id: orgId } }),
      ),
    ).toBe("not_found");
  });

  it("exports every matching member as CSV (format=csv or Accept: text/csv)", async () => {
    const handler = bindRoute("/api/v1/admin/stats/progress/members").GET;
    const headers = { ...(await bearerFor(owner)), [CLIENT_IP_HEADER]: uniqueIp() };
    const query = `org_id=${orgId}&start_date=2026-03-01&end_date=2026-03-03&limit=1`;
    for (const [url, extra] of [
      [`?${query}&format=csv`, {}],
      [`?${query}`, { accept: "text/csv" }],
    ] as const) {
      const response = await handler(
        new Request(`http://localhost/api/v1/admin/stats/progress/members${url}`, {
          headers: { ...headers, ...extra },
        }),
        { params: Promise.resolve({}) },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/csv");
      expect(response.headers.get("content-disposition")).toContain("attachment");
      const lines = (await response.text()).trimEnd().split("\r\n");
      expect(lines[0]).toBe(
        "user_id,username,full_name,email,role,team_name,joined_at,xp,tasks_submitted,tasks_completed,modules_completed,evaluations,live_minutes,learning_minutes,last_activity_at",
      );
      // Every member, not one page (limit=1), best XP first.
      expect(lines).toHaveLength(6);
      expect(lines[1]).toContain(`${m1.profile.id},`);
      expect(lines[1]).toContain(",40,1,");
    }
  });
});
