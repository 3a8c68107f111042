import { describe, expect, it } from "vitest";
import { expandQuery } from "./feedback";

describe("RM3 query expansion", () => {
  it("adds the terms the top passages share, weighted by passage score", () => {
    const expanded = expandQuery(
      [{ term: "wing", weight: 1 }],
      [
        {
          score: 3,
          length: 4,
          terms: new Map([
            ["wing", 2],
            ["lift", 2],
          ]),
        },
        {
          score: 1,
          length: 4,
          terms: new Map([
            ["wing", 1],
            ["drag", 3],
          ]),
        },
      ],
      { terms: 3, originalWeight: 0.5 },
    );
    const w = Object.fromEntries(expanded.map((t) => [t.term, t.weight]));
    expect(w.wing).toBeGreaterThan(0.5);
    expect(w.lift).toBeGreaterThan(w.drag!);
    expect(expanded.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1);
  });

  it("keeps the query as it is without feedback", () => {
    const query = [{ term: "wing", weight: 1 }];
    expect(expandQuery(query, [])).toBe(query);
  });
});
