import { describe, expect, it } from "vitest";
import { formatDuration } from "./learning-time-card";

describe("formatDuration", () => {
  it("rounds to whole minutes and hours, and never hides a few seconds as nothing", () => {
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(20)).toBe("< 1 min");
    expect(formatDuration(89)).toBe("1 min");
    expect(formatDuration(59 * 60 + 29)).toBe("59 min");
    expect(formatDuration(3600)).toBe("1 h");
    expect(formatDuration(3900)).toBe("1 h 5 min");
  });
});
