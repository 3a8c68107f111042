import { describe, expect, it } from "vitest";
import type { LiveSessionRow } from "@/db/schema";
import { allowanceSeconds, billedSeconds, isStale, monthPeriod, secondsBetween } from "./metering";

const row = (over: Partial<LiveSessionRow> = {}): LiveSessionRow => ({
  id: "s",
  userId: "u",
  sessionType: "voice",
  status: "active",
  startedAt: new Date("2026-03-10T10:00:00.000Z"),
  lastHeartbeatAt: new Date("2026-03-10T10:00:00.000Z"),
  endedAt: null,
  maxDurationSeconds: 600,
  expiresAt: new Date("2026-03-10T10:10:00.000Z"),
  durationSeconds: null,
  ...over,
});
const at = (s: string) => new Date(s);

describe("Live metering", () => {
  it("the period is the UTC calendar month, across year ends and leap days", () => {
    expect(monthPeriod(at("2026-12-31T23:59:59.999Z"))).toEqual({
      start: at("2026-12-01T00:00:00.000Z"),
      end: at("2027-01-01T00:00:00.000Z"),
    });
    expect(monthPeriod(at("2028-02-29T12:00:00.000Z")).end).toEqual(at("2028-03-01T00:00:00.000Z"));
  });

  it("counts a started second as one and never goes negative", () => {
    expect(secondsBetween(at("2026-01-01T00:00:00.000Z"), at("2026-01-01T00:00:00.001Z"))).toBe(1);
    expect(secondsBetween(at("2026-01-01T00:00:10.000Z"), at("2026-01-01T00:00:00.000Z"))).toBe(0);
    expect(secondsBetween(at("2026-01-01T00:00:00.000Z"), at("2026-01-01T00:01:00.000Z"))).toBe(60);
  });

  it("bills a running session up to now, capped at its allowance", () => {
    const beat = { lastHeartbeatAt: at("2026-03-10T10:00:30.000Z") };
    expect(billedSeconds(row(beat), at("2026-03-10T10:00:40.000Z"))).toBe(40);
    const late = { lastHeartbeatAt: at("2026-03-10T10:09:59.000Z") };
    expect(billedSeconds(row(late), at("2026-03-10T10:10:30.000Z"))).toBe(600);
  });

  it("a silent session is stale after three intervals and bills to its last heartbeat", () => {
    const r = row({ lastHeartbeatAt: at("2026-03-10T10:01:00.000Z") });
    expect(isStale(r, at("2026-03-10T10:01:45.000Z"))).toBe(false);
    expect(isStale(r, at("2026-03-10T10:01:45.001Z"))).toBe(true);
    expect(billedSeconds(r, at("2026-03-10T10:05:00.000Z"))).toBe(60);
  });

  it("a closed session bills what was recorded", () => {
    const closed = row({ status: "ended", durationSeconds: 42 });
    expect(billedSeconds(closed, at("2026-04-01T00:00:00.000Z"))).toBe(42);
    expect(isStale(closed, at("2026-04-01T00:00:00.000Z"))).toBe(false);
  });

  it("the allowance is the plan's, or the larger organization grant; unknown plans are free", () => {
    const plans = { free: 1800, pro: 36_000 };
    expect(allowanceSeconds(plans, "free", null)).toBe(1800);
    expect(allowanceSeconds(plans, "pro", 7200)).toBe(36_000);
    expect(allowanceSeconds(plans, "free", 7200)).toBe(7200);
    expect(allowanceSeconds(plans, "enterprise", null)).toBe(1800);
  });
});
