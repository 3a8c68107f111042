// npm run fit:evaluator — fits the offline writing model (one ridge regression per criterion) on
// the ELLIPSE essays in ../shared/data/ellipse-dev, blended with a small tree ensemble
// (scripts/evaluator/trees.ts), and writes server/xel/evaluator/weights.json. The ridge penalty is chosen by leave-one-prompt-out RMSE, so it favours what carries over to
// prompts the model has not seen. Run `npm run bench:evaluator` for the validated figures.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { FEATURE_NAMES } from "../server/xel/evaluator/features.ts";
import { essayFeatures, TARGETS } from "./evaluator/essays.ts";
import { LAMBDAS, fitRidge, groupedPredictions, rmse } from "./evaluator/ridge.ts";
import { BOOST, TREE_SHARE, fitBoosted } from "./evaluator/trees.ts";

const { x, essays } = await essayFeatures({ cache: !process.argv.includes("--fresh") });
const groups = essays.map((e) => e.prompt);
const targets: Record<string, unknown> = {};
const chosen: Record<string, number> = {};
for (const target of TARGETS) {
  const y = essays.map((e) => e.scores[target]);
  const scored = LAMBDAS.map((lambda) => ({
    lambda,
    error: rmse(groupedPredictions(x, y, groups, lambda), y),
  }));
  const best = scored.reduce((a, b) => (b.error < a.error ? b : a));
  chosen[target] = best.lambda;
  const fit = fitRidge(x, y, best.lambda);
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  const boosted = fitBoosted(x, y);
  targets[target] = {
    lambda: best.lambda,
    intercept: round(fit.intercept),
    mean: fit.mean.map(round),
    scale: fit.scale.map(round),
    coef: fit.coef.map(round),
    trees: {
      base: round(boosted.base),
      rate: boosted.rate,
      trees: boosted.trees.map((t) => t.map((v, k) => (k % 2 === 0 && k < 6 ? v : round(v)))),
    },
  };
  console.log(
    `${target.padEnd(12)} λ=${best.lambda}  leave-one-prompt-out RMSE ${best.error.toFixed(3)}`,
  );
}
const out = path.resolve(import.meta.dirname, "../server/xel/evaluator/weights.json");
const json = JSON.stringify({
  fitted_on: `ELLIPSE dev, ${essays.length} essays, ${new Set(groups).size} prompts`,
  features: FEATURE_NAMES,
  tree_share: TREE_SHARE,
  boosting: BOOST,
  targets,
});
// Formatted as the repository's prettier check expects, so a refit passes `npm run lint`.
const style = await resolveConfig(out);
writeFileSync(out, await format(json, { printWidth: style?.printWidth ?? 100, parser: "json" }));
console.log(`wrote ${path.relative(process.cwd(), out)}`);
