import { beforeAll, describe, expect, it } from "vitest";
import { type Checkers, loadCheckers } from "./checkers.ts";
import { predictRidge } from "../../../scripts/evaluator/ridge.ts";
import { predictBoosted } from "../../../scripts/evaluator/trees.ts";
import { checkText } from "./check.ts";
import { extractFeatures, featureVector } from "./features.ts";
import { cefrFromOverall, scoreWriting, toHalfStep } from "./model.ts";
import weights from "./weights.json" with { type: "json" };
import { evaluateSpeakingOffline, interpolate } from "./speaking.ts";
import { evaluateWritingOffline } from "./writing.ts";

let checkers: Checkers;
beforeAll(async () => {
  checkers = await loadCheckers();
}, 120_000);

const WEAK =
  "i think homework is good. becuase it help student. student learn more. teacher give homework " +
  "every day and student do it at home. i like homework it is good for student and it help them alot.";
const STRONG =
  "Although many students regard homework as a burden, I believe that carefully designed assignments " +
  "strengthen what is learned in class. For example, practising problems independently reveals gaps in " +
  "understanding that a lesson alone may conceal. Furthermore, regular assignments cultivate discipline, " +
  "which employers and universities value highly. Nevertheless, teachers should coordinate deadlines, " +
  "because an excessive workload leaves little time for rest, sport and family.";
const isHalf = (v: number | null) => v !== null && v >= 1 && v <= 5 && Number.isInteger(v * 2);

describe("offline writing evaluation", () => {
  it("scores every criterion in half steps from 1 to 5, a stronger text higher", async () => {
    const weak = await evaluateWritingOffline(WEAK, checkers);
    const strong = await evaluateWritingOffline(STRONG, checkers);
    for (const r of [weak, strong]) {
      expect(r.status).toBe("scored");
      expect(isHalf(r.overall)).toBe(true);
      expect(Object.values(r.criteria).every(isHalf)).toBe(true);
      expect(r.cefr_level).toBe(cefrFromOverall(r.overall!));
      expect(r.next_steps.length + r.strengths.length).toBeGreaterThan(0);
    }
    expect(strong.overall!).toBeGreaterThan(weak.overall!);
    expect(strong.criteria.conventions!).toBeGreaterThan(weak.criteria.conventions!);
    expect(await evaluateWritingOffline(WEAK, checkers)).toEqual(weak);
  });

  it("applies the fitted weights as the fitting script predicts: ridge blended with the trees", async () => {
    const features = extractFeatures(checkers, STRONG, await checkText(checkers, STRONG));
    const row = featureVector(features);
    const { raw } = scoreWriting(features);
    for (const [target, w] of Object.entries(weights.targets)) {
      const ridge = predictRidge(w, row);
      const trees = predictBoosted(w.trees, row);
      expect(trees).not.toBe(w.trees.base);
      const blended = (1 - weights.tree_share) * ridge + weights.tree_share * trees;
      expect(raw[target as keyof typeof raw]).toBeCloseTo(blended, 9);
    }
  });

  it("refuses to score fewer than 30 words", async () => {
    const r = await evaluateWritingOffline("My name is Ana. I like my school.", checkers);
    expect(r).toMatchObject({ status: "insufficient_text", overall: null, cefr_level: null });
    expect(Object.values(r.criteria).every((v) => v === null)).toBe(true);
    expect(r.metrics.word_count).toBe(8);
  });

  it("maps scores to half steps and CEFR levels as documented", () => {
    expect([0.2, 1.24, 1.26, 3.74, 9].map(toHalfStep)).toEqual([1, 1, 1.5, 3.5, 5]);
    expect([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5].map(cefrFromOverall)).toEqual([
      "A1",
      "A2",
      "A2",
      "B1",
      "B1",
      "B2",
      "B2",
      "C1",
      "C2",
    ]);
  });
});

describe("offline speaking evaluation", () => {
  it("interpolates between anchors and stays flat beyond them", () => {
    const anchors: Array<[number, number]> = [
      [60, 1],
      [150, 5],
    ];
    expect([30, 60, 105, 150, 400].map((x) => interpolate(x, anchors))).toEqual([1, 1, 3, 5, 5]);
  });

  it("counts fillers, repetitions and false starts, and needs timing for fluency", async () => {
    const text =
      "Um, I I think that, uh, working in a group is is better. Because you can share ideas and and learn " +
      "from other people. For exa- for example, last year my team won a competition, you know.";
    const r = await evaluateSpeakingOffline({ text, durationSeconds: null }, checkers);
    expect(r.metrics).toMatchObject({ fillers: 3, false_starts: 1 });
    expect(r.metrics.repetitions).toBeGreaterThanOrEqual(3);
    expect(r.criteria.fluency).toBeNull();
    expect(r.criteria.pronunciation).toBeNull();
    const timed = await evaluateSpeakingOffline({ text, durationSeconds: 20 }, checkers);
    expect(timed.metrics.speech_rate_wpm).toBeGreaterThan(100);
    expect(isHalf(timed.criteria.fluency)).toBe(true);
    expect(issueWords(timed.text, timed.issues)).not.toContain("Um");
  });
});

const issueWords = (text: string, issues: Array<{ start: number; end: number }>) =>
  issues.map((i) => text.slice(i.start, i.end));
