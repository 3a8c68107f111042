import type { Features } from "./features.ts";
import weights from "./weights.json" with { type: "json" };

/**
 * The offline scoring model, per criterion: a ridge regression over the standardized features
 * (features.ts) blended with a small ensemble of depth-2 trees over the same features, both fitted
 * by scripts/fit-evaluator.ts on the ELLIPSE essays and validated by prompt. Only the weights live
 * here; the essays never ship.
 */
export const WRITING_CRITERIA = [
  "cohesion",
  "syntax",
  "vocabulary",
  "phraseology",
  "grammar",
  "conventions",
] as const;
export type WritingCriterion = (typeof WRITING_CRITERIA)[number];
type Target = WritingCriterion | "overall";

/** Trees stored flat: [f0, t0, f1, t1, f2, t2, v0, v1, v2, v3] (see scripts/evaluator/trees.ts). */
type Trees = { base: number; rate: number; trees: number[][] };
type Linear = { intercept: number; mean: number[]; scale: number[]; coef: number[]; trees: Trees };
type Weights = { features: string[]; tree_share: number; targets: Record<Target, Linear> };

const model = weights as unknown as Weights;

/** 1.0–5.0 in half steps, the raters' scale. */
export const toHalfStep = (v: number) => Math.min(5, Math.max(1, Math.round(v * 2) / 2));

function predict(linear: Linear, features: Features): number {
  const row = model.features.map((name) => features[name as keyof Features] ?? 0);
  let sum = linear.intercept;
  row.forEach((value, j) => {
    sum += linear.coef[j]! * ((value - linear.mean[j]!) / linear.scale[j]!);
  });
  let boosted = linear.trees.base;
  for (const t of linear.trees.trees) {
    const side = row[t[0]!]! <= t[1]! ? 0 : 1;
    const node = 2 + 2 * side;
    boosted += linear.trees.rate * t[6 + 2 * side + (row[t[node]!]! <= t[node + 1]! ? 0 : 1)]!;
  }
  return (1 - model.tree_share) * sum + model.tree_share * boosted;
}

export function scoreWriting(features: Features): {
  criteria: Record<WritingCriterion, number>;
  overall: number;
  raw: Record<Target, number>;
} {
  const raw = Object.fromEntries(
    [...WRITING_CRITERIA, "overall" as const].map((t) => [t, predict(model.targets[t], features)]),
  ) as Record<Target, number>;
  const criteria = Object.fromEntries(
    WRITING_CRITERIA.map((c) => [c, toHalfStep(raw[c])]),
  ) as Record<WritingCriterion, number>;
  return { criteria, overall: toHalfStep(raw.overall), raw };
}

/**
 * CEFR from the overall score. ELLIPSE has no CEFR labels, so this is a stated convention, not a
 * fitted mapping: the analytic scale's descriptors (1 = very limited, 3 = developing control,
 * 5 = native-like) read against the CEFR's global scale.
 */
export function cefrFromOverall(overall: number): "A1" | "A2" | "B1" | "B2" | "C1" | "C2" {
  if (overall < 1.5) return "A1";
  if (overall < 2.5) return "A2";
  if (overall < 3.5) return "B1";
  if (overall < 4.5) return "B2";
  if (overall < 5) return "C1";
  return "C2";
}

export const MODEL_FEATURES: readonly string[] = model.features;
