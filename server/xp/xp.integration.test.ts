import { eq } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { users } from "@/db/schema";
import { describeEachDatabase } from "@/tests/databases";
import { callRest } from "@/tests/rest";
import { createTestUser } from "@/tests/users";
import { A1_VOCAB, rightResponse, tasksOf } from "@/tests/xel";
import { submitTask } from "@/server/xel/submit";
import { setClock } from "./clock";
import {
  getDailyQuests,
  getLearningPulse,
  getStreakStatus,
  getWeeklyActivity,
  getXpProfile,
} from "./xp";

describeEachDatabase("xp: streaks and activity in the learner's time zone", (db) => {
  const tasks = tasksOf(A1_VOCAB);
  afterEach(() => setClock());

  async function learner(timezone: string) {
    const user = await createTestUser(db());
    await db().update(users).set({ timezone }).where(eq(users.id, user.profile.id));
    return user;
  }

  async function answerAt(ctx: Awaited<ReturnType<typeof learner>>["ctx"], at: string, i: number) {
    setClock(new Date(at));
    const task = tasks[i]!;
    return submitTask({ ctx, taskId: task.id, input: { response: rightResponse(task) } });
  }

  it("counts days at the learner's midnight, not UTC's", async () => {
    const tokyo = await learner("Asia/Tokyo");
    const utc = await learner("UTC");
    for (const { ctx } of [tokyo, utc]) {
      // 23:30 and 00:30 in Tokyo (one UTC day, two Tokyo days).
      await answerAt(ctx, "2026-03-10T14:30:00Z", 0);
      await answerAt(ctx, "2026-03-10T15:30:00Z", 1);
    }
    expect(await getStreakStatus({ ctx: tokyo.ctx })).toMatchObject({
      current_streak: 2,
      last_activity: "2026-03-11",
      streak_at_risk: false,
    });
    expect(await getStreakStatus({ ctx: utc.ctx })).toMatchObject({
      current_streak: 1,
      last_activity: "2026-03-10",
    });

    const week = await getWeeklyActivity({ ctx: tokyo.ctx });
    expect(week).toMatchObject({ week_start: "2026-03-08", week_end: "2026-03-14", total_xp: 20 });
    expect(week.days.map((d) => d.xp)).toEqual([0, 0, 10, 10, 0, 0, 0]);
    expect(week.days[0]!.weekday).toBe("Sunday");

    const pulse = await getLearningPulse({ ctx: tokyo.ctx });
    expect(pulse.days).toHaveLength(365);
    expect(pulse).toMatchObject({ end: "2026-03-11", active_days: 2, total_xp: 20 });

    const quests = await getDailyQuests({ ctx: tokyo.ctx });
    expect(quests.date).toBe("2026-03-11");
    expect(quests.quests.map((q) => [q.id, q.progress, q.completed])).toEqual([
      ["earn-xp", 10, false],
      ["correct-tasks", 1, false],
      ["two-skills", 1, false],
    ]);
    expect(await getXpProfile({ ctx: tokyo.ctx })).toMatchObject({
      xp_total: 20,
      level: 1,
      xp_today: 10,
      next_level_at: 100,
      tasks_completed: 2,
    });
  });

  it("puts a streak at risk during a day without XP and ends it after a missed day", async () => {
    const { ctx } = await learner("America/New_York");
    await answerAt(ctx, "2026-06-01T15:00:00Z", 0);
    await answerAt(ctx, "2026-06-02T15:00:00Z", 1);
    setClock(new Date("2026-06-03T23:00:00Z")); // 19:00 on 3 June in New York
    expect(await getStreakStatus({ ctx })).toMatchObject({
      current_streak: 2,
      streak_at_risk: true,
    });
    setClock(new Date("2026-06-04T03:59:00Z")); // 23:59 on 3 June: still at risk
    expect(await getStreakStatus({ ctx })).toMatchObject({
      current_streak: 2,
      streak_at_risk: true,
    });
    setClock(new Date("2026-06-04T04:01:00Z")); // 00:01 on 4 June: 3 June was missed
    expect(await getStreakStatus({ ctx })).toMatchObject({
      current_streak: 0,
      longest_streak: 2,
      streak_at_risk: false,
    });
  });

  it("an answer that earns no XP (a retry) does not keep the streak", async () => {
    const { ctx } = await learner("UTC");
    await answerAt(ctx, "2026-06-01T10:00:00Z", 0);
    const retry = await answerAt(ctx, "2026-06-02T10:00:00Z", 0);
    expect(retry.xp_awarded).toBe(0);
    expect(await getStreakStatus({ ctx })).toMatchObject({
      current_streak: 1,
      streak_at_risk: true,
      last_activity: "2026-06-01",
    });
  });

  it("shows a public profile without private fields", async () => {
    const { ctx, profile } = await learner("UTC");
    await answerAt(ctx, "2026-06-01T10:00:00Z", 0);
    setClock(new Date("2026-06-01T12:00:00Z"));
    const path = `/api/xp/public-profile/${profile.username.toUpperCase()}`;
    const res = await callRest("GET", path, {
      route: "/api/xp/public-profile/{username}",
      params: { username: profile.username.toUpperCase() },
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      username: profile.username,
      level: 1,
      xp_total: 10,
      current_streak: 1,
      longest_streak: 1,
      modules_completed: 0,
      member_since: expect.stringMatching(/^\d{4}-\d{2}$/),
    });
    const missing = await callRest("GET", "/api/xp/public-profile/nobody-here", {
      route: "/api/xp/public-profile/{username}",
      params: { username: "nobody-here" },
    });
    expect(missing.status).toBe(404);
  });
});
