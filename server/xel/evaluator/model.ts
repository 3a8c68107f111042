import type { Features } from "./features.ts";
import weights from "./weights.json" with { type: "json" };

/**
 * The offline scoring model: one ridge regression per criterion over the standardized features
 * (features.ts), fitted by scripts/fit-evaluator.ts on the ELLIPSE essays and validated by prompt.
 * Only the weights live here; the essays never ship.
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

type Linear = { intercept: number; mean: number[]; scale: number[]; coef: number[] };
type Weights = { features: string[]; targets: Record<Target, Linear> };

const model = weights as unknown as Weights;

/** 1.0–5.0 in half steps, the raters' scale. */
export const toHalfStep = (v: number) => Math.min(5, Math.max(1, Math.round(v * 2) / 2));

function predict(linear: Linear, features: Features): number {
  let sum = linear.intercept;
  model.features.forEach((name, j) => {
    const value = features[name as keyof Features] ?? 0;
    sum += linear.coef[j]! * ((value - linear.mean[j]!) / linear.scale[j]!);
  });
  return sum;
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
