import { afterEach, beforeEach, expect, it } from "vitest";
import { appJobHandlers, appRecurringJobs } from "@/server/jobs/app-jobs";
import { updateOrganization } from "@/server/organizations/organizations";
import { addMember } from "@/server/organizations/members";
import { ManualClock, useClock } from "@/server/platform/clock";
import { describeEachDatabase } from "@/tests/databases";
import { codeOf, orgWithOwner } from "@/tests/fixtures";
import { createTestUser } from "@/tests/users";
import { getQuota } from "./quota";
import { endSession, heartbeat, startSession } from "./sessions";
import { closeStaleSessions } from "./sweeper";

let clock: ManualClock;
let restore: () => void;
beforeEach(() => {
  clock = new ManualClock("2026-03-10T10:00:00.000Z");
  restore = useClock(clock);
});
afterEach(() => restore());

/** Heartbeats every 15 s for `seconds`. */
async function talk(ctx: Parameters<typeof heartbeat>[0]["ctx"], id: string, seconds: number) {
  for (let t = 0; t < seconds; t += 15) {
    clock.advance(Math.min(15, seconds - t));
    await heartbeat({ ctx, sessionId: id });
  }
}

describeEachDatabase("Live metering", (db) => {
  it("bills a session from start to end on the server's clock, once", async () => {
    const { ctx } = await createTestUser(db());
    expect(await getQuota({ ctx })).toMatchObject({
      plan: "free",
      period_start: "2026-03-01T00:00:00.000Z",
      period_end: "2026-04-01T00:00:00.000Z",
      quota_seconds: 1800,
      used_seconds: 0,
      remaining_seconds: 1800,
      active_session_id: null,
    });
    const s = await startSession({ ctx, input: { session_type: "avatar" } });
    expect(s).toMatchObject({
      status: "active",
      session_type: "avatar",
      max_duration_seconds: 1800,
      expires_at: "2026-03-10T10:30:00.000Z",
      heartbeat_interval_seconds: 15,
      remaining_seconds: 1800,
      duration_seconds: 0,
    });
    await talk(ctx, s.session_id, 90);
    expect(await getQuota({ ctx })).toMatchObject({
      used_seconds: 90,
      active_session_id: s.session_id,
    });
    clock.advance(5);
    const ended = await endSession({ ctx, sessionId: s.session_id });
    expect(ended).toMatchObject({ status: "ended", duration_seconds: 95, remaining_seconds: 1705 });
    clock.advance(600);
    expect(await endSession({ ctx, sessionId: s.session_id })).toMatchObject({
      status: "ended",
      duration_seconds: 95,
      ended_at: "2026-03-10T10:01:35.000Z",
    });
    expect(await codeOf(heartbeat({ ctx, sessionId: s.session_id }))).toBe("conflict");
    expect((await getQuota({ ctx })).used_seconds).toBe(95);
  });

  it("a silent session is closed by the sweeper, billed to its last heartbeat", async () => {
    const { ctx } = await createTestUser(db());
    const s = await startSession({ ctx, input: { session_type: "voice" } });
    await talk(ctx, s.session_id, 60);
    clock.advance(45);
    expect((await getQuota({ ctx })).active_session_id).toBe(s.session_id);
    clock.advance(1); // three intervals and a second of silence
    await appJobHandlers["live.sweep"]!.run({ db: db(), job: {} as never });
    expect(await endSession({ ctx, sessionId: s.session_id })).toMatchObject({
      status: "expired",
      duration_seconds: 60,
      ended_at: "2026-03-10T10:01:00.000Z",
    });
    expect(appRecurringJobs).toContainEqual({ kind: "live.sweep", everySeconds: 15 });
  });

  it("reads never show a silent session as active, even before the sweeper runs", async () => {
    const { ctx } = await createTestUser(db());
    const s = await startSession({ ctx, input: { session_type: "voice" } });
    await talk(ctx, s.session_id, 30);
    clock.advance(300);
    expect(await getQuota({ ctx })).toMatchObject({ active_session_id: null, used_seconds: 30 });
    expect(await codeOf(heartbeat({ ctx, sessionId: s.session_id }))).toBe("conflict");
    const next = await startSession({ ctx, input: { session_type: "voice" } });
    expect(next.max_duration_seconds).toBe(1770);
  });

  it("a heartbeat past the allowance ends the session at its limit and answers 429", async () => {
    const { ctx } = await createTestUser(db());
    const s = await startSession({ ctx, input: { session_type: "voice" } });
    await talk(ctx, s.session_id, 1785);
    clock.advance(15);
    expect(await codeOf(heartbeat({ ctx, sessionId: s.session_id }))).toBe("live_quota_exceeded");
    expect(await endSession({ ctx, sessionId: s.session_id })).toMatchObject({
      status: "expired",
      duration_seconds: 1800,
      remaining_seconds: 0,
    });
    expect(await codeOf(startSession({ ctx, input: { session_type: "voice" } }))).toBe(
      "live_quota_exceeded",
    );
    expect(await getQuota({ ctx })).toMatchObject({ used_seconds: 1800, remaining_seconds: 0 });
  });

  it("two concurrent starts create one session; the others are told which", async () => {
    const { ctx } = await createTestUser(db());
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => startSession({ ctx, input: { session_type: "voice" } })),
    );
    const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(won).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(r.reason).toMatchObject({
        code: "live_session_active",
        details: { active_session_id: won[0]!.session_id },
      });
    }
  });

  it("the sweeper on two instances at once closes each session once", async () => {
    const users = await Promise.all([1, 2, 3, 4].map(() => createTestUser(db())));
    const sessions = await Promise.all(
      users.map(({ ctx }) => startSession({ ctx, input: { session_type: "voice" } })),
    );
    clock.advance(10);
    await Promise.all(
      users.map(({ ctx }, i) => heartbeat({ ctx, sessionId: sessions[i]!.session_id })),
    );
    clock.advance(100);
    const [a, b] = await Promise.all([
      closeStaleSessions(db(), clock.now()),
      closeStaleSessions(db(), clock.now()),
    ]);
    expect(a + b).toBeGreaterThanOrEqual(4);
    for (const [i, { ctx }] of users.entries()) {
      expect(await endSession({ ctx, sessionId: sessions[i]!.session_id })).toMatchObject({
        status: "expired",
        duration_seconds: 10,
      });
      expect((await getQuota({ ctx })).used_seconds).toBe(10);
    }
  });

  it("a session counts in the month it started in, all of it", async () => {
    clock.set("2026-03-31T23:55:00.000Z");
    const { ctx } = await createTestUser(db());
    const s = await startSession({ ctx, input: { session_type: "voice" } });
    await talk(ctx, s.session_id, 600);
    expect(await getQuota({ ctx })).toMatchObject({
      period_start: "2026-04-01T00:00:00.000Z",
      used_seconds: 0,
      remaining_seconds: 1800,
      active_session_id: s.session_id,
    });
    expect(await codeOf(startSession({ ctx, input: { session_type: "voice" } }))).toBe(
      "live_session_active",
    );
    await endSession({ ctx, sessionId: s.session_id });
    expect((await getQuota({ ctx })).used_seconds).toBe(0);
    clock.set("2026-03-31T23:59:00.000Z"); // looking back at March
    expect((await getQuota({ ctx })).used_seconds).toBe(600);
  });

  it("an organization's grant raises its members' allowance; only admins set it", async () => {
    const { owner, org } = await orgWithOwner(db());
    const member = await createTestUser(db(), "m");
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: member.profile.email, role: "member" },
    });
    const updated = await updateOrganization({
      ctx: owner.ctx,
      orgId: org.id,
      input: { live_seconds_per_member: 7200 },
    });
    expect(updated.live_seconds_per_member).toBe(7200);
    expect((await getQuota({ ctx: member.ctx })).quota_seconds).toBe(7200);
    expect(
      await codeOf(
        updateOrganization({
          ctx: member.ctx,
          orgId: org.id,
          input: { live_seconds_per_member: 9 },
        }),
      ),
    ).toBe("forbidden");
    await updateOrganization({
      ctx: owner.ctx,
      orgId: org.id,
      input: { live_seconds_per_member: null },
    });
    expect((await getQuota({ ctx: member.ctx })).quota_seconds).toBe(1800);
  });

  it("another user's session is not found, and cannot be ended or kept alive", async () => {
    const a = await createTestUser(db());
    const b = await createTestUser(db());
    const s = await startSession({ ctx: a.ctx, input: { session_type: "voice" } });
    expect(await codeOf(heartbeat({ ctx: b.ctx, sessionId: s.session_id }))).toBe("not_found");
    expect(await codeOf(endSession({ ctx: b.ctx, sessionId: s.session_id }))).toBe("not_found");
    expect((await getQuota({ ctx: a.ctx })).active_session_id).toBe(s.session_id);
  });
});
