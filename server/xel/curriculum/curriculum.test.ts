import { describe, expect, it } from "vitest";
import { gradeObjective, normalizeAnswer } from "../grading";
import { buildTasks, lessonId, moduleId } from "./build";
import { CURRICULUM } from "./index";
import { CEFR_LEVELS, SKILLS, type AuthoredTask } from "./types";

const words = (s: string) => normalizeAnswer(s).split(" ").sort().join(" ");
const unique = <T>(list: T[]) => new Set(list).size === list.length;

describe("the curriculum", () => {
  it("has at least 15 modules from A1 to C1 across every skill", () => {
    expect(CURRICULUM.length).toBeGreaterThanOrEqual(15);
    const levels = new Set(CURRICULUM.map((m) => m.cefr_level));
    for (const level of CEFR_LEVELS.slice(0, 5)) expect(levels).toContain(level);
    const skills = new Set(CURRICULUM.map((m) => m.skill));
    for (const skill of SKILLS) expect(skills).toContain(skill);
  });

  it("has unique slugs, orders and ids everywhere", () => {
    expect(unique(CURRICULUM.map((m) => m.slug))).toBe(true);
    expect(unique(CURRICULUM.map((m) => m.order))).toBe(true);
    const ids = CURRICULUM.flatMap((m) => [
      moduleId(m.slug),
      ...m.lessons.map((l) => lessonId(m.slug, l.key)),
      ...buildTasks(m).map((t) => t.id),
    ]);
    expect(unique(ids)).toBe(true);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  describe.each(CURRICULUM.map((m) => [m.slug, m] as const))("%s", (_slug, module) => {
    it("has lessons and at least 6 tasks, each task in one of its lessons", () => {
      expect(module.lessons.length).toBeGreaterThan(0);
      expect(module.tasks.length).toBeGreaterThanOrEqual(6);
      expect(unique(module.lessons.map((l) => l.key))).toBe(true);
      expect(unique(module.tasks.map((t) => t.key))).toBe(true);
      const lessons = module.lessons.map((l) => l.key);
      for (const task of module.tasks) expect(lessons).toContain(task.lesson);
      for (const lesson of lessons) expect(module.tasks.map((t) => t.lesson)).toContain(lesson);
      for (const task of module.tasks) {
        expect(task.prompt.trim()).not.toBe("");
        expect(task.explanation.trim()).not.toBe("");
      }
    });

    it.each(module.tasks.map((t) => [t.key, t] as const))(
      "task %s has a key that fits it",
      (_k, task) => {
        checkTask(task);
      },
    );

    it("grades its own answer key as correct and a wrong answer as wrong", () => {
      for (const task of buildTasks(module)) {
        if (task.answer === null) continue;
        const right = gradeObjective(task, keyResponse(task.answer, task.content));
        expect(right.isCorrect, task.key).toBe(true);
        expect(right.score).toBe(100);
        const wrong = gradeObjective(
          task,
          wrongResponse(task.type, task.content, right.correctAnswer),
        );
        expect(wrong.isCorrect, task.key).toBe(false);
      }
    });
  });
});

function checkTask(task: AuthoredTask) {
  switch (task.type) {
    case "multiple_choice":
      expect(task.options.length).toBeGreaterThanOrEqual(3);
      expect(unique(task.options.map(normalizeAnswer))).toBe(true);
      expect(Number.isInteger(task.answer)).toBe(true);
      expect(task.options[task.answer]).toBeDefined();
      return;
    case "gap_fill":
      expect(task.text.split("___").length - 1).toBe(task.blanks.length);
      expect(task.blanks.length).toBeGreaterThan(0);
      for (const accepted of task.blanks) {
        expect(accepted.length).toBeGreaterThan(0);
        expect(unique(accepted.map(normalizeAnswer))).toBe(true);
        for (const a of accepted) expect(normalizeAnswer(a)).not.toBe("");
      }
      return;
    case "word_order":
      expect(task.tiles.length).toBeGreaterThanOrEqual(3);
      expect(task.answers.length).toBeGreaterThan(0);
      expect(unique(task.answers.map(normalizeAnswer))).toBe(true);
      for (const tile of task.tiles) expect(tile).not.toMatch(/\s/);
      for (const answer of task.answers) expect(words(answer)).toBe(words(task.tiles.join(" ")));
      // The tiles must not already be in a correct order.
      expect(task.answers.map(normalizeAnswer)).not.toContain(
        normalizeAnswer(task.tiles.join(" ")),
      );
      return;
    case "matching":
      expect(task.pairs.length).toBeGreaterThanOrEqual(3);
      expect(unique(task.pairs.map(([l]) => normalizeAnswer(l)))).toBe(true);
      expect(unique(task.pairs.map(([, r]) => normalizeAnswer(r)))).toBe(true);
      return;
    case "short_answer":
      expect(task.accepted.length).toBeGreaterThan(0);
      expect(unique(task.accepted.map(normalizeAnswer))).toBe(true);
      for (const a of task.accepted) expect(normalizeAnswer(a)).not.toBe("");
      return;
    case "writing":
    case "speaking":
      expect(task.min_words).toBeGreaterThan(0);
      expect(task.max_words).toBeGreaterThan(task.min_words);
      return;
  }
}

type Key = Record<string, unknown>;

function keyResponse(answer: Key, content: Key): unknown {
  if ("option" in answer) return answer.option;
  if ("blanks" in answer) return (answer.blanks as string[][]).map((b) => b[0]);
  if ("pairs" in answer) return answer.pairs;
  if ("accepted" in answer) return (answer.accepted as string[])[0];
  const tiles = [...(content.tiles as string[])];
  return (answer.answers as string[])[0]!.split(" ").map((w) => {
    const i = tiles.findIndex((t) => normalizeAnswer(t) === normalizeAnswer(w));
    return tiles.splice(i, 1)[0];
  });
}

function wrongResponse(type: string, content: Key, correct: unknown): unknown {
  switch (type) {
    case "multiple_choice":
      return (content.options as { id: string }[]).find((o) => o.id !== correct)!.id;
    case "gap_fill":
      return (correct as string[]).map(() => "zzz");
    case "word_order":
      return [...(correct as string[])].reverse();
    case "matching": {
      const pairs = correct as Record<string, string>;
      const lefts = Object.keys(pairs);
      return Object.fromEntries(lefts.map((l, i) => [l, pairs[lefts[(i + 1) % lefts.length]!]!]));
    }
    default:
      return "zzz";
  }
}
