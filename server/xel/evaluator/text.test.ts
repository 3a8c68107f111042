import { describe, expect, it } from "vitest";
import { mtld, rootTypeTokenRatio, sentences, syllables, typeTokenRatio, words } from "./text.ts";

describe("plain-text measures", () => {
  it("finds words with offsets that point at them, contractions included", () => {
    const text = "It’s my friend's book, isn't it?";
    for (const w of words(text)) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words(text).map((w) => w.text)).toEqual([
      "It’s",
      "my",
      "friend's",
      "book",
      "isn't",
      "it",
    ]);
  });

  it("splits sentences at end punctuation and at line breaks", () => {
    const text = "First one. Second one!\nA heading\nThird?";
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "First one.",
      "Second one!",
      "A heading",
      "Third?",
    ]);
  });

  it("counts syllables close to a dictionary's", () => {
    expect([
      syllables("cat"),
      syllables("table"),
      syllables("wonderful"),
      syllables("education"),
    ]).toEqual([1, 2, 3, 4]);
  });

  it("MTLD is high for varied text, low for repetitive text, and does not fall with length", () => {
    const repetitive = "the cat and the dog and the cat and the dog ".repeat(10).trim().split(" ");
    const varied =
      "every single word here differs from all the others so diversity remains very high throughout this short passage".split(
        " ",
      );
    expect(mtld(varied)).toBeGreaterThan(mtld(repetitive) * 3);
    const base =
      "we like to read books because books help us to think about new ideas and old ones too".split(
        " ",
      );
    expect(Math.abs(mtld([...base, ...base]) - mtld(base)) / mtld(base)).toBeLessThan(0.6);
    expect(typeTokenRatio(["a", "a", "b", "c"])).toBe(0.75);
    expect(rootTypeTokenRatio(["a", "b", "c", "d"])).toBe(2);
  });
});
