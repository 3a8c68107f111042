import type { Issue } from "./evaluator/issues.ts";
import { toHalfStep } from "./evaluator/model.ts";
import type { LlmEvaluation } from "./llm.ts";

/** Criteria whose offline and model scores differ by this much or more are reported. */
const DISAGREEMENT = 1;

type Scores = Record<string, number | null>;

/**
 * Hybrid: each criterion is the mean of the offline score (validated by prompt) and the model's
 * (not validated here), in half steps; a criterion only one side measured keeps that side's score.
 * Offline issues stay; the model's are added where they do not overlap one.
 */
export function reconcile(
  offline: {
    criteria: Scores;
    overall: number | null;
    issues: Issue[];
    strengths: string[];
    next_steps: string[];
  },
  llm: LlmEvaluation,
  llmIssues: Issue[],
) {
  const criteria: Scores = {};
  const disagreements: Array<{
    criterion: string;
    offline: number;
    llm: number;
    final: number;
    evidence: string | null;
  }> = [];
  const llmCriteria = llm.criteria as Record<string, { score: number; evidence: string }>;
  for (const [name, off] of Object.entries(offline.criteria)) {
    const model = llmCriteria[name];
    if (off === null || !model) {
      criteria[name] = off ?? (model ? toHalfStep(model.score) : null);
      continue;
    }
    const final = toHalfStep((off + model.score) / 2);
    criteria[name] = final;
    if (Math.abs(off - model.score) >= DISAGREEMENT) {
      disagreements.push({
        criterion: name,
        offline: off,
        llm: toHalfStep(model.score),
        final,
        evidence: model.evidence,
      });
    }
  }
  const overall =
    offline.overall === null ? llm.overall : toHalfStep((offline.overall + llm.overall) / 2);
  if (offline.overall !== null && Math.abs(offline.overall - llm.overall) >= DISAGREEMENT) {
    disagreements.push({
      criterion: "overall",
      offline: offline.overall,
      llm: llm.overall,
      final: overall,
      evidence: null,
    });
  }
  const extra = llmIssues.filter(
    (m) => !offline.issues.some((o) => o.start < m.end && m.start < o.end),
  );
  const issues = [...offline.issues, ...extra].sort((a, b) => a.start - b.start);
  const unique = (xs: string[]) => [...new Set(xs)].slice(0, 5);
  return {
    criteria,
    overall,
    issues,
    strengths: unique([...llm.strengths, ...offline.strengths]),
    next_steps: unique([...llm.next_steps, ...offline.next_steps]),
    disagreements,
  };
}
