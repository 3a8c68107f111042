import { readFileSync } from "node:fs";
import path from "node:path";
import { checkText } from "../../server/xel/evaluator/check.ts";
import type { Checkers } from "../../server/xel/evaluator/checkers.ts";
import type { Issue } from "../../server/xel/evaluator/issues.ts";

/** One annotated learner text: its errors as spans of the learner's version, and the corrected text. */
export type AnnotatedText = {
  learner: string;
  corrected: string;
  errors: Array<{ start: number; end: number; category: string; wrong: string; right: string }>;
};

export function parseAnnotated(source: string): AnnotatedText[] {
  const blocks = source
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split("\n")
        .filter((l) => !l.startsWith("#"))
        .join("\n")
        .trim(),
    )
    .filter(Boolean);
  return blocks.map((block) => {
    let learner = "";
    let corrected = "";
    const errors: AnnotatedText["errors"] = [];
    let last = 0;
    for (const m of block.matchAll(/\[([^|\]]*)\|([^:\]]*):([a-z_]+)\]/g)) {
      learner += block.slice(last, m.index);
      corrected += block.slice(last, m.index);
      const [, wrong = "", right = "", category = ""] = m;
      errors.push({
        start: learner.length,
        end: learner.length + wrong.length,
        category,
        wrong,
        right,
      });
      learner += wrong;
      corrected += right;
      last = m.index + m[0].length;
    }
    learner += block.slice(last);
    corrected += block.slice(last);
    return { learner, corrected, errors };
  });
}

/**
 * The annotated sets, oldest first. Every set after the first was written blind to the rules and
 * measured before any rule was changed for it; sets the rules were later developed on say so.
 */
export const ERROR_SETS = [
  ["tuning set", "learner-errors.txt"],
  ["held-out 1, developed on since", "learner-errors-holdout.txt"],
  ["held-out 2, developed on since", "learner-errors-fresh.txt"],
  ["held-out 3, developed on since", "learner-errors-heldout3.txt"],
  ["held-out 4, developed on since", "learner-errors-heldout4.txt"],
  ["held-out 5, developed on since", "learner-errors-heldout5.txt"],
  ["held-out 6, its false alarms fixed since", "learner-errors-heldout6.txt"],
] as const;

export function readErrorSet(name = "learner-errors.txt"): AnnotatedText[] {
  const file = path.resolve(import.meta.dirname, "../../server/xel/evaluator/testdata", name);
  return parseAnnotated(readFileSync(file, "utf8"));
}

export type ErrorSetResult = {
  errors: number;
  found: number;
  byCategory: Record<string, { errors: number; found: number }>;
  falseAlarms: Array<{ text: number; issue: Issue; words: string }>;
  missed: Array<{ category: string; wrong: string }>;
};

/** Recall on the learner versions (an error counts as found when an issue overlaps it) and every error-category issue raised on the corrected versions. */
export async function scoreErrorSet(
  checkers: Checkers,
  set: AnnotatedText[],
): Promise<ErrorSetResult> {
  const result: ErrorSetResult = {
    errors: 0,
    found: 0,
    byCategory: {},
    falseAlarms: [],
    missed: [],
  };
  for (const [index, item] of set.entries()) {
    const { issues } = await checkText(checkers, item.learner);
    for (const e of item.errors) {
      const hit = issues.some((i) => i.category !== "style" && i.start < e.end && e.start < i.end);
      const c = (result.byCategory[e.category] ??= { errors: 0, found: 0 });
      c.errors++;
      result.errors++;
      if (hit) {
        c.found++;
        result.found++;
      } else result.missed.push({ category: e.category, wrong: e.wrong });
    }
    const clean = await checkText(checkers, item.corrected);
    for (const issue of clean.issues.filter((i) => i.category !== "style")) {
      result.falseAlarms.push({
        text: index,
        issue,
        words: item.corrected.slice(issue.start, issue.end),
      });
    }
  }
  return result;
}
