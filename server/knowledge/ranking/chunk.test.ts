import { describe, expect, it } from "vitest";
import { chunkBlocks, locationOf } from "./chunk";

const para = (n: number, word: string) =>
  Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");

describe("chunking", () => {
  it("keeps each chunk within its heading or page, and says where it is", () => {
    const chunks = chunkBlocks([
      { text: "Intro words here.", heading: "Guide", page: null },
      { text: "Install with npm.", heading: "Guide › Install", page: null },
      { text: "On page two.", heading: null, page: 2 },
    ]);
    expect(chunks.map((c) => [c.content, locationOf(c)])).toEqual([
      ["Intro words here.", "Guide"],
      ["Install with npm.", "Guide › Install"],
      ["On page two.", "Page 2"],
    ]);
  });

  it("fills chunks with whole paragraphs and overlaps consecutive ones of a section", () => {
    const blocks = [1, 2, 3].map((i) => ({ text: para(100, `p${i}w`), heading: "H", page: 4 }));
    const chunks = chunkBlocks(blocks, { targetWords: 180, overlapWords: 30 });
    expect(chunks).toHaveLength(3);
    expect(chunks[1]!.content.startsWith("p1w70 ")).toBe(true); // the last 30 words of chunk 1
    expect(chunks[1]!.content).toContain("p2w99");
    expect(chunks.every((c) => c.page === 4 && c.heading === "H")).toBe(true);
  });

  it("splits a paragraph longer than a chunk, never losing a word", () => {
    const long = para(500, "w");
    const chunks = chunkBlocks([{ text: long, heading: null, page: null }], {
      targetWords: 100,
      overlapWords: 0,
    });
    expect(chunks.map((c) => c.content).join(" ")).toBe(long);
    expect(Math.max(...chunks.map((c) => c.content.split(" ").length))).toBeLessThanOrEqual(100);
  });
});
