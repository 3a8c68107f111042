import { describe, expect, it } from "vitest";
import { plainText, readableSnippet } from "./snippet";

describe("plainText", () => {
  it.each([
    [
      "## Photosynthesis\n\nPlants make **sugar** from _light_.",
      "Photosynthesis Plants make sugar from light.",
    ],
    ["- one\n- two\n1. three", "one two three"],
    ["> quoted *text*", "quoted text"],
    [
      "See [the guide](https://example.com/a/b) and ![a leaf](leaf.png).",
      "See the guide and a leaf.",
    ],
    ["Use `npm ci` then\n```sh\nnpm test\n```", "Use npm ci then npm test"],
    ["| a | b |\n|---|:--:|\n| 1 | 2 |", "a b 1 2"],
    ["**«light»** reactions", "«light» reactions"],
    ["snake_case and 2 * 3 stay", "snake_case and 2 * 3 stay"],
  ])("%j", (markdown, plain) => {
    expect(plainText(markdown)).toBe(plain);
  });

  it("drops the tail of a link cut in two by a fragment", () => {
    expect(plainText("guide](https://example.com/x) explains «light")).toBe(
      "guide explains «light",
    );
    expect(plainText("read [the «guide")).toBe("read the «guide");
  });
});

describe("readableSnippet", () => {
  const source =
    "# Notes\n\nChlorophyll is the **green pigment** that absorbs light. It sits in the chloroplasts.";

  it("marks an opening fragment without a leading ellipsis, and a cut end with one", () => {
    expect(readableSnippet("# Notes\n\nChlorophyll is the **green «pigment»**", source)).toBe(
      "Notes Chlorophyll is the green «pigment» …",
    );
  });

  it("starts a fragment from the middle with an ellipsis", () => {
    expect(readableSnippet("that «absorbs» light. It sits in the chloroplasts.", source)).toBe(
      "… that «absorbs» light. It sits in the chloroplasts.",
    );
  });

  it("joins several fragments with one ellipsis between them", () => {
    expect(
      readableSnippet("Chlorophyll is the **green «pigment»** … It «sits» in the", source),
    ).toBe("… Chlorophyll is the green «pigment» … It «sits» in the …");
  });

  it("cuts long text between words, never inside a mark", () => {
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");
    const snippet = readableSnippet(`${long.slice(0, 236)}«word40» more`, long);
    expect(snippet.length).toBeLessThanOrEqual(245);
    expect(snippet.endsWith(" …")).toBe(true);
    expect(snippet).not.toMatch(/\bwor …$/);
    expect((snippet.match(/«/g) ?? []).length).toBe((snippet.match(/»/g) ?? []).length);
  });

  it("falls back to the start of the text when there is no headline", () => {
    expect(readableSnippet("", "**Just** this")).toBe("Just this");
  });
});
