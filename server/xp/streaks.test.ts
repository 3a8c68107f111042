import { describe, expect, it } from "vitest";
import { addDays, localDate, weekday } from "./clock";
import { computeStreak } from "./streaks";

const run = (start: string, n: number) => Array.from({ length: n }, (_, i) => addDays(start, i));

describe("computeStreak", () => {
  it("is empty without activity", () => {
    expect(computeStreak([], "2026-03-10")).toMatchObject({
      current: 0,
      longest: 0,
      lastActivity: null,
    });
  });

  it("counts consecutive days ending today", () => {
    const s = computeStreak(run("2026-03-08", 3), "2026-03-10");
    expect(s).toMatchObject({ current: 3, longest: 3, atRisk: false, lastActivity: "2026-03-10" });
  });

  it("keeps yesterday's streak alive but at risk until today has XP", () => {
    const s = computeStreak(run("2026-03-07", 3), "2026-03-10");
    expect(s).toMatchObject({ current: 3, atRisk: true });
  });

  it("breaks after a missed day with no freeze, keeping the longest", () => {
    const s = computeStreak(run("2026-03-01", 4), "2026-03-10");
    expect(s).toMatchObject({ current: 0, longest: 4, atRisk: false });
    const again = computeStreak([...run("2026-03-01", 4), "2026-03-06"], "2026-03-06");
    expect(again).toMatchObject({ current: 1, longest: 4 });
  });

  it("earns a freeze on the 7th day and spends it on one missed day", () => {
    const week = run("2026-03-01", 7);
    expect(computeStreak(week, "2026-03-07")).toMatchObject({ current: 7, freezesAvailable: 1 });
    // 8 March missed, 9 March active: the freeze bridges the gap.
    const bridged = computeStreak([...week, "2026-03-09"], "2026-03-09");
    expect(bridged).toMatchObject({ current: 8, freezesAvailable: 0, freezesUsed: 1 });
    // Two missed days with one freeze: the streak starts again.
    const broken = computeStreak([...week, "2026-03-10"], "2026-03-10");
    expect(broken).toMatchObject({ current: 1, longest: 7, freezesUsed: 0 });
  });

  it("holds at most two freezes", () => {
    const s = computeStreak(run("2026-01-01", 28), "2026-01-28");
    expect(s).toMatchObject({ current: 28, freezesAvailable: 2 });
  });

  it("a pending freeze keeps a streak at risk over a missed day", () => {
    const s = computeStreak(run("2026-03-01", 7), "2026-03-09");
    expect(s).toMatchObject({ current: 7, atRisk: true, freezesAvailable: 0, freezesUsed: 1 });
  });
});

describe("local dates", () => {
  it("places one instant on different days by time zone", () => {
    const instant = new Date("2026-03-10T23:30:00Z");
    expect(localDate(instant, "UTC")).toBe("2026-03-10");
    expect(localDate(instant, "Asia/Tokyo")).toBe("2026-03-11");
    expect(localDate(new Date("2026-03-10T03:00:00Z"), "America/Los_Angeles")).toBe("2026-03-09");
  });

  it("knows the weekday", () => {
    expect(weekday("2026-03-08")).toBe(0);
    expect(weekday("2026-03-14")).toBe(6);
  });
});
