import { describe, expect, it } from "vitest";
import { fuseByRank, RRF_K } from "./fusion";

const lexical = ["a", "b", "c", "d"].map((chunkId, i) => ({ chunkId, score: 10 - i }));
const v = (...xs: number[]) => Float32Array.from(xs);

describe("fuseByRank", () => {
  it("moves a passage up when its meaning is closest to the question's", () => {
    const vectors = new Map([
      ["a", v(0, 1)],
      ["b", v(0.6, 0.8)],
      ["c", v(0.8, 0.6)],
      ["d", v(1, 0)],
    ]);
    // By meaning: d, c, b, a. Fused: a = 1/61 + 1/64, b = 1/62 + 1/63, c = 1/63 + 1/62, d = 1/64 + 1/61.
    const fused = fuseByRank(lexical, v(1, 0), vectors);
    expect(fused.map((r) => r.chunkId)).toEqual(["a", "d", "b", "c"]);
    expect(fused[0]!.score).toBeCloseTo(
      ((RRF_K + 1) / 2) * (1 / (RRF_K + 1) + 1 / (RRF_K + 4)),
      12,
    );
  });

  it("keeps the lexical order when both rankings agree, the first scoring 1", () => {
    const vectors = new Map(
      lexical.map((r, i) => [r.chunkId, v(1 - i / 10, Math.sqrt(1 - (1 - i / 10) ** 2))]),
    );
    const fused = fuseByRank(lexical, v(1, 0), vectors);
    expect(fused.map((r) => r.chunkId)).toEqual(["a", "b", "c", "d"]);
    expect(fused[0]!.score).toBeCloseTo(1, 12);
  });

  it("gives a passage without a vector its lexical share only", () => {
    const vectors = new Map([
      ["b", v(1, 0)],
      ["c", v(0, 1)],
      ["d", v(0.5, 0.5)],
    ]);
    const fused = fuseByRank(lexical, v(1, 0), vectors);
    const a = fused.find((r) => r.chunkId === "a")!;
    expect(a.score).toBeCloseTo(0.5, 12);
    expect(fused[0]!.chunkId).toBe("b"); // second lexically, first by meaning
    expect(fused).toHaveLength(4);
  });

  it("answers the lexical ranking's passages and nothing else", () => {
    expect(fuseByRank([], v(1), new Map([["x", v(1)]]))).toEqual([]);
  });
});
