import { describe, expect, it } from "vitest";
import { fuseByRank, RRF_K } from "./search";

const result = (type: "messages" | "notes" | "documents", id: string, score: number) => ({
  type,
  id,
  title: id,
  snippet: "",
  score,
  conversation_id: null,
  created_at: "2026-01-01T00:00:00.000Z",
});

describe("the search box's fusion of result types", () => {
  it("interleaves types by rank, whatever the scale of their raw scores", () => {
    const documents = [result("documents", "d1", 14.2), result("documents", "d2", 9.1)];
    const messages = [result("messages", "m1", 0.09), result("messages", "m2", 0.05)];
    const fused = fuseByRank([documents, messages]);
    expect(fused.map((r) => r.id)).toEqual(["d1", "m1", "d2", "m2"]);
    expect(fused[0]!.score).toBeCloseTo(1 / (RRF_K + 1));
    expect(fused[3]!.score).toBeCloseTo(1 / (RRF_K + 2));
  });

  it("ranks within a type by its own score, and keeps a lone type's order", () => {
    const notes = [result("notes", "n2", 0.1), result("notes", "n1", 0.4)];
    expect(fuseByRank([notes]).map((r) => r.id)).toEqual(["n1", "n2"]);
    expect(fuseByRank([])).toEqual([]);
  });
});
