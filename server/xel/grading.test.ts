import { describe, expect, it } from "vitest";
import { AppError } from "@/server/platform/errors";
import type { TaskRecord } from "./curriculum/build";
import { gradeObjective, normalizeAnswer, parseResponse } from "./grading";

type T = Pick<TaskRecord, "type" | "content" | "answer" | "explanation">;
const why = "Because.";

const mc: T = {
  type: "multiple_choice",
  content: {
    options: [
      { id: "a", text: "am" },
      { id: "b", text: "is" },
      { id: "c", text: "are" },
    ],
  },
  answer: { option: "b" },
  explanation: why,
};
const gap: T = {
  type: "gap_fill",
  content: { text: "We ___ from Spain and she ___ a doctor.", blank_count: 2 },
  answer: { blanks: [["aren't", "are not"], ["is"]] },
  explanation: why,
};
const order: T = {
  type: "word_order",
  content: { tiles: ["you", "to", "Nice", "meet"] },
  answer: { answers: ["Nice to meet you"] },
  explanation: why,
};
const match: T = {
  type: "matching",
  content: {
    left: [
      { id: "1", text: "buy" },
      { id: "2", text: "eat" },
      { id: "3", text: "see" },
    ],
    right: [
      { id: "a", text: "saw" },
      { id: "b", text: "bought" },
      { id: "c", text: "ate" },
    ],
  },
  answer: { pairs: { "1": "b", "2": "c", "3": "a" } },
  explanation: why,
};
const short: T = {
  type: "short_answer",
  content: {},
  answer: { accepted: ["15 per cent", "15%"] },
  explanation: why,
};

function validationPath(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError && e.code === "validation_error") {
      return (e.details.issues as { path: string }[])[0]!.path;
    }
    throw e;
  }
  return undefined;
}

describe("normalizeAnswer", () => {
  it("ignores case, spacing and punctuation, and straightens apostrophes", () => {
    expect(normalizeAnswer("  Nice   to MEET you! ")).toBe("nice to meet you");
    expect(normalizeAnswer("They\u2019re")).toBe("they're");
    expect(normalizeAnswer("Yes, I am.")).toBe("yes i am");
    expect(normalizeAnswer("15%")).toBe("15%");
  });
});

describe("grading", () => {
  it("multiple choice: one option id", () => {
    expect(gradeObjective(mc, "b")).toMatchObject({
      isCorrect: true,
      score: 100,
      correctAnswer: "b",
    });
    const wrong = gradeObjective(mc, "a");
    expect(wrong).toMatchObject({ isCorrect: false, score: 0, correctAnswer: "b" });
    expect(wrong.feedback).toContain(why);
  });

  it("gap fill: each blank against its variants, partial credit", () => {
    expect(gradeObjective(gap, ["ARE NOT", " is."]).isCorrect).toBe(true);
    expect(gradeObjective(gap, ["aren\u2019t", "is"]).isCorrect).toBe(true);
    const half = gradeObjective(gap, ["are", "is"]);
    expect(half).toMatchObject({ isCorrect: false, score: 50, correctAnswer: ["aren't", "is"] });
    expect(half.feedback).toContain("1 of 2");
  });

  it("word order: the tiles in an accepted order, any case", () => {
    expect(gradeObjective(order, ["Nice", "to", "meet", "you"]).isCorrect).toBe(true);
    const wrong = gradeObjective(order, ["meet", "you", "Nice", "to"]);
    expect(wrong).toMatchObject({ isCorrect: false, correctAnswer: ["Nice", "to", "meet", "you"] });
  });

  it("matching: every pair, partial credit", () => {
    expect(gradeObjective(match, { "1": "b", "2": "c", "3": "a" }).isCorrect).toBe(true);
    const some = gradeObjective(match, { "1": "b", "2": "a", "3": "c" });
    expect(some).toMatchObject({ isCorrect: false, score: 33 });
  });

  it("short answer: accepted answers after normalisation", () => {
    expect(gradeObjective(short, "15 Per  Cent.").isCorrect).toBe(true);
    expect(gradeObjective(short, "15 %").isCorrect).toBe(true);
    expect(gradeObjective(short, "50 per cent").isCorrect).toBe(false);
  });
});

describe("responses of the wrong shape are a validation_error at the offending path", () => {
  it.each([
    ["multiple choice, a number", mc, 1, "response"],
    ["multiple choice, an unknown option", mc, "z", "response"],
    ["gap fill, a string", gap, "is", "response"],
    ["gap fill, too few blanks", gap, ["is"], "response"],
    ["gap fill, an empty blank", gap, ["is", " "], "response.1"],
    ["gap fill, a number in a blank", gap, ["is", 3], "response.1"],
    ["word order, tiles not given", order, ["Nice", "to", "meet", "me"], "response"],
    ["word order, a tile twice", order, ["Nice", "Nice", "meet", "you"], "response"],
    ["matching, an array", match, ["b", "c", "a"], "response"],
    ["matching, a missing pair", match, { "1": "b", "2": "c" }, "response.3"],
    ["matching, an unknown right id", match, { "1": "b", "2": "c", "3": "x" }, "response.3"],
    [
      "matching, an unknown left id",
      match,
      { "1": "b", "2": "c", "3": "a", "9": "a" },
      "response.9",
    ],
    ["short answer, null", short, null, "response"],
    ["short answer, too long", short, "x".repeat(20_001), "response"],
  ])("%s", (_name, task, response, path) => {
    expect(validationPath(() => gradeObjective(task, response))).toBe(path);
  });

  it("open tasks take non-empty text", () => {
    const writing = { type: "writing" as const, content: { min_words: 10, max_words: 50 } };
    expect(parseResponse(writing, "Dear Alex, …")).toBe("Dear Alex, …");
    expect(validationPath(() => parseResponse(writing, { text: 1 }))).toBe("response");
    expect(validationPath(() => parseResponse(writing, ""))).toBe("response");
  });
});
