import { afterEach, beforeEach, expect, it } from "vitest";
import { liveSessions, xelEvaluations } from "@/db/schema";
import { createConversation } from "@/server/conversations/conversations";
import { appJobHandlers, appRecurringJobs } from "@/server/jobs/app-jobs";
import { ManualClock, useClock } from "@/server/platform/clock";
import { describeEachDatabase } from "@/tests/databases";
import { codeOf } from "@/tests/fixtures";
import { createTestUser } from "@/tests/users";
import { getLearningTime, xelSeconds } from "./learning-time";
import {
  conversationActivity,
  conversationSessionStatus,
  endConversationSession,
  startConversationSession,
} from "./sessions";
import { closeIdleConversationSessions } from "./sweeper";

let clock: ManualClock;
let restore: () => void;
beforeEach(() => {
  clock = new ManualClock("2026-03-10T10:00:00.000Z");
  restore = useClock(clock);
});
afterEach(() => restore());

it("counts XEL time from reported times, short gaps, or a flat minute", () => {
  const at = (s: number) => new Date(Date.UTC(2026, 2, 10, 10, 0, s));
  expect(
    xelSeconds([
      { at: at(0), reportedSeconds: null }, // first action: a minute
      { at: at(100), reportedSeconds: null }, // 100 s after the previous
      { at: at(150), reportedSeconds: 2000 }, // reported, capped at 15 minutes
      { at: at(1000), reportedSeconds: null }, // 850 s gap: too long, a minute
    ]),
  ).toEqual([60, 100, 900, 60]);
  // Given out of order, answered in the order given.
  expect(
    xelSeconds([
      { at: at(30), reportedSeconds: null },
      { at: at(0), reportedSeconds: null },
    ]),
  ).toEqual([30, 60]);
});

describeEachDatabase("conversation learning sessions", (db) => {
  async function learner() {
    const user = await createTestUser(db());
    const c = await createConversation({ ctx: user.ctx, input: {} });
    const c2 = await createConversation({ ctx: user.ctx, input: {} });
    return { ctx: user.ctx, id: c.id, other: c2.id };
  }

  it("counts from start to end on the server's clock, and resumes instead of doubling", async () => {
    const { ctx, id } = await learner();
    const s = await startConversationSession({ ctx, conversationId: id });
    expect(s).toMatchObject({ status: "active", duration_seconds: 0, resumed: false });
    for (let i = 0; i < 3; i++) {
      clock.advance(60);
      await conversationActivity({ ctx, conversationId: id });
    }
    clock.advance(10);
    const again = await startConversationSession({ ctx, conversationId: id });
    expect(again).toMatchObject({ session_id: s.session_id, resumed: true, duration_seconds: 190 });
    clock.advance(20);
    const ended = await endConversationSession({ ctx, conversationId: id });
    expect(ended).toMatchObject({ status: "ended", duration_seconds: 210 });
    expect(ended.ended_at).toBe("2026-03-10T10:03:30.000Z");
    clock.advance(600);
    // Ending again answers it as it was; activity cannot revive it.
    expect(await endConversationSession({ ctx, conversationId: id })).toMatchObject({
      duration_seconds: 210,
    });
    expect(await codeOf(conversationActivity({ ctx, conversationId: id }))).toBe("conflict");
    expect(await conversationSessionStatus({ ctx, conversationId: id })).toMatchObject({
      active: false,
      session_count: 1,
      total_seconds: 210,
    });
  });

  it("closes a silent session at its last activity, however late anyone looks", async () => {
    const { ctx, id } = await learner();
    await startConversationSession({ ctx, conversationId: id });
    clock.advance(60);
    await conversationActivity({ ctx, conversationId: id });
    // 180 s of silence is still alive (three missed intervals are the limit)…
    clock.advance(180);
    expect((await conversationSessionStatus({ ctx, conversationId: id })).active).toBe(true);
    // …one second more is not: counted to the last activity, 60 s.
    clock.advance(1);
    expect(await codeOf(conversationActivity({ ctx, conversationId: id }))).toBe("conflict");
    clock.advance(3600);
    const status = await conversationSessionStatus({ ctx, conversationId: id });
    expect(status).toMatchObject({ active: false, total_seconds: 60 });
    expect(status.session).toMatchObject({
      status: "expired",
      duration_seconds: 60,
      ended_at: "2026-03-10T10:01:00.000Z",
    });
    // A new start after the silence is a new session.
    const fresh = await startConversationSession({ ctx, conversationId: id });
    expect(fresh.resumed).toBe(false);
    expect(fresh.session_id).not.toBe(status.session!.session_id);
  });

  it("the sweeper job closes sessions nobody asks about, each once", async () => {
    const { ctx, id } = await learner();
    await startConversationSession({ ctx, conversationId: id });
    clock.advance(45);
    await conversationActivity({ ctx, conversationId: id });
    clock.advance(500);
    expect(appRecurringJobs.some((j) => j.kind === "learning.sweep")).toBe(true);
    expect(appJobHandlers["learning.sweep"]).toBeDefined();
    await appJobHandlers["learning.sweep"]!.run({ db: db(), job: {} as never });
    expect(await closeIdleConversationSessions(db(), clock.now(), ctx.actor.userId)).toBe(0);
    expect(await conversationSessionStatus({ ctx, conversationId: id })).toMatchObject({
      total_seconds: 45,
    });
  });

  it("starting in another conversation ends the first, so no minute counts twice", async () => {
    const { ctx, id, other } = await learner();
    await startConversationSession({ ctx, conversationId: id });
    clock.advance(120);
    await startConversationSession({ ctx, conversationId: other });
    clock.advance(30);
    expect(await codeOf(conversationActivity({ ctx, conversationId: id }))).toBe("conflict");
    await conversationActivity({ ctx, conversationId: other });
    expect((await conversationSessionStatus({ ctx, conversationId: id })).total_seconds).toBe(120);
    expect((await conversationSessionStatus({ ctx, conversationId: other })).total_seconds).toBe(
      30,
    );
  });

  it("another user's conversation is not found, and nothing starts there", async () => {
    const { id } = await learner();
    const stranger = await createTestUser(db());
    for (const verb of [
      startConversationSession,
      conversationActivity,
      endConversationSession,
      conversationSessionStatus,
    ]) {
      expect(await codeOf(verb({ ctx: stranger.ctx, conversationId: id }))).toBe("not_found");
    }
  });

  it("learning time adds conversation, Live and XEL time per UTC date", async () => {
    const { ctx, id } = await learner();
    const userId = ctx.actor.userId;
    // 10 March: a 5-minute conversation session.
    await startConversationSession({ ctx, conversationId: id });
    for (let i = 0; i < 5; i++) {
      clock.advance(60);
      await conversationActivity({ ctx, conversationId: id });
    }
    await endConversationSession({ ctx, conversationId: id });
    // 11 March: a closed Live session of 400 s and two evaluations 2 minutes apart (60 + 120 s).
    const day2 = new Date("2026-03-11T09:00:00.000Z");
    await db()
      .insert(liveSessions)
      .values({
        userId,
        sessionType: "voice",
        status: "ended",
        startedAt: day2,
        lastHeartbeatAt: day2,
        endedAt: new Date(day2.getTime() + 400_000),
        maxDurationSeconds: 1800,
        expiresAt: new Date(day2.getTime() + 1_800_000),
        durationSeconds: 400,
      });
    const evaluation = {
      userId,
      skill: "writing" as const,
      status: "scored" as const,
      text: "x",
      criteria: {},
      issues: [],
      strengths: [],
      nextSteps: [],
      metrics: {},
      evaluator: {},
    };
    await db()
      .insert(xelEvaluations)
      .values([
        { ...evaluation, createdAt: new Date("2026-03-11T12:00:00.000Z") },
        { ...evaluation, createdAt: new Date("2026-03-11T12:02:00.000Z") },
      ]);
    clock.set("2026-03-12T08:00:00.000Z");
    const time = await getLearningTime({ ctx, input: { from: "2026-03-09", to: "2026-03-12" } });
    expect(time).toMatchObject({
      from: "2026-03-09",
      to: "2026-03-12",
      conversation_seconds: 300,
      live_seconds: 400,
      xel_seconds: 180,
      total_seconds: 880,
    });
    expect(time.days.map((d) => [d.date, d.total_seconds])).toEqual([
      ["2026-03-09", 0],
      ["2026-03-10", 300],
      ["2026-03-11", 580],
      ["2026-03-12", 0],
    ]);
    // Default range: the 30 days ending today.
    const recent = await getLearningTime({ ctx, input: {} });
    expect([recent.from, recent.to, recent.days.length]).toEqual(["2026-02-11", "2026-03-12", 30]);
    expect(recent.total_seconds).toBe(880);
    expect(
      await codeOf(getLearningTime({ ctx, input: { from: "2026-03-12", to: "2026-03-01" } })),
    ).toBe("validation_error");
    expect(
      await codeOf(getLearningTime({ ctx, input: { from: "2024-01-01", to: "2026-03-01" } })),
    ).toBe("validation_error");
  });
});
