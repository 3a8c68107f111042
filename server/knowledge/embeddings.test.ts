import { afterAll, expect, it } from "vitest";
import { localEmbedder, passageText, stopLocalEmbedder } from "./embeddings";
import { dot } from "./ranking/fusion";

afterAll(() => stopLocalEmbedder());

it("embeds with the model shipped in node_modules, closer for closer meanings", async () => {
  const [car, automobile, banana] = await localEmbedder.embed(
    [
      "The car needs a new engine.",
      "My automobile's motor broke down.",
      "Bananas are a yellow tropical fruit.",
    ],
    "passage",
  );
  for (const v of [car!, automobile!, banana!]) {
    expect(v).toHaveLength(384);
    expect(Math.sqrt(dot(v, v))).toBeCloseTo(1, 3);
  }
  expect(dot(car!, automobile!)).toBeGreaterThan(dot(car!, banana!) + 0.2);
  // The same text gives the same vector: what ingestion stored is what a search compares.
  const [again] = await localEmbedder.embed(["The car needs a new engine."], "question");
  expect(Array.from(again!)).toEqual(Array.from(car!));
}, 60_000);

it("makes a passage's text from its title, heading and content", () => {
  expect(passageText("Guide", "Install › Linux", "Run the script.")).toBe(
    "Guide\nInstall › Linux\nRun the script.",
  );
  expect(passageText("Notes", null, "Text.")).toBe("Notes\nText.");
});
