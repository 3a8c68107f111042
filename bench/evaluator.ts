// npm run bench:evaluator — the offline English evaluator's figures, all from data it was not
// fitted on: leave-one-prompt-out on the ELLIPSE essays (../shared/data/ellipse-dev; the ridge
// penalty is chosen inside each fold), speed per essay once warm, and detection on the annotated
// learner texts in server/xel/evaluator/testdata. Prints; asserts nothing.
import { cpus, loadavg } from "node:os";
import { loadCheckers } from "../server/xel/evaluator/checkers.ts";
import { evaluateWritingOffline } from "../server/xel/evaluator/writing.ts";
import { CRITERIA, essayFeatures, TARGETS, type Target } from "../scripts/evaluator/essays.ts";
import { ERROR_SETS, readErrorSet, scoreErrorSet } from "../scripts/evaluator/error-set.ts";
import {
  LAMBDAS,
  clampHalf,
  fitRidge,
  groupedPredictions,
  predictRidge,
  rmse,
  spearman,
} from "../scripts/evaluator/ridge.ts";
import { TREE_SHARE, fitBoosted, predictBoosted } from "../scripts/evaluator/trees.ts";

const fresh = process.argv.includes("--fresh");
const { x, essays } = await essayFeatures({ cache: !fresh });
const groups = essays.map((e) => e.prompt);
const prompts = [...new Set(groups)];

/**
 * Leave one prompt out; λ picked by an inner leave-one-prompt-out on the other prompts only; the
 * tree ensemble fitted on the same other prompts. `pred` is the blend the product answers with.
 */
function nestedPredictions(y: number[]) {
  const pred = new Array<number>(y.length).fill(0);
  const ridgePred = new Array<number>(y.length).fill(0);
  const meanPred = new Array<number>(y.length).fill(0);
  for (const p of prompts) {
    const train = groups.flatMap((g, i) => (g === p ? [] : [i]));
    const tx = train.map((i) => x[i]!);
    const ty = train.map((i) => y[i]!);
    const tg = train.map((i) => groups[i]!);
    const best = LAMBDAS.map((l) => ({ l, e: rmse(groupedPredictions(tx, ty, tg, l), ty) })).reduce(
      (a, b) => (b.e < a.e ? b : a),
    );
    const fit = fitRidge(tx, ty, best.l);
    const boosted = fitBoosted(tx, ty);
    const trainMean = ty.reduce((a, b) => a + b, 0) / ty.length;
    groups.forEach((g, i) => {
      if (g !== p) return;
      ridgePred[i] = predictRidge(fit, x[i]!);
      pred[i] = (1 - TREE_SHARE) * ridgePred[i] + TREE_SHARE * predictBoosted(boosted, x[i]!);
      meanPred[i] = trainMean;
    });
  }
  return { pred, ridgePred, meanPred };
}

console.log(
  `ELLIPSE dev: ${essays.length} essays, ${prompts.length} prompts, leave-one-prompt-out (nested λ)\n`,
);
console.log("target        RMSE(half steps)  RMSE(raw)  ridge alone(half/raw)  mean predictor");
type Row = { half: number; raw: number; ridgeHalf: number; ridgeRaw: number; mean: number };
const rows = {} as Record<Target, Row & { pred: number[] }>;
for (const t of TARGETS) {
  const y = essays.map((e) => e.scores[t]);
  const { pred, ridgePred, meanPred } = nestedPredictions(y);
  rows[t] = {
    half: rmse(pred.map(clampHalf), y),
    raw: rmse(pred, y),
    ridgeHalf: rmse(ridgePred.map(clampHalf), y),
    ridgeRaw: rmse(ridgePred, y),
    mean: rmse(meanPred, y),
    pred,
  };
  const r = rows[t];
  console.log(
    `${t.padEnd(13)} ${r.half.toFixed(3).padStart(16)} ${r.raw.toFixed(3).padStart(10)} ${`${r.ridgeHalf.toFixed(3)}/${r.ridgeRaw.toFixed(3)}`.padStart(22)} ${r.mean.toFixed(3).padStart(15)}`,
  );
}
const avg = (k: keyof Row) => CRITERIA.reduce((a, c) => a + rows[c][k], 0) / CRITERIA.length;
console.log(
  `\nMCRMSE (six criteria): ${avg("half").toFixed(3)} as answered in half steps, ${avg("raw").toFixed(3)} unrounded (ridge alone ${avg("ridgeHalf").toFixed(3)} / ${avg("ridgeRaw").toFixed(3)}); mean predictor ${avg("mean").toFixed(3)}`,
);
const overallTruth = essays.map((e) => e.scores.overall);
console.log(`Spearman ρ(overall): ${spearman(rows.overall.pred, overallTruth).toFixed(3)}`);
// `--model`: the validated scores only (while refitting), not speed or the error sets.
if (process.argv.includes("--model")) process.exit(0);

// Speed: the whole offline evaluation of ~400-word essays, after a warm-up.
const checkers = await loadCheckers();
const sample = essays
  .filter((e) => {
    const n = e.text.split(/\s+/).length;
    return n >= 350 && n <= 450;
  })
  .slice(0, 40);
for (const e of sample.slice(0, 5)) await evaluateWritingOffline(e.text, checkers);
// The machine may be shared: the load average goes beside the wall-clock figure, and the CPU time
// this process spent per essay (process.cpuUsage: user + system) is the fairer figure under load.
const loadBefore = loadavg()[0]!;
const times: number[] = [];
const cpu: number[] = [];
for (const e of sample) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await evaluateWritingOffline(e.text, checkers);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const quantile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(0);
};
console.log(
  `\nTime per ~400-word essay, warm (${times.length} essays): wall-clock p50 ${quantile(times, 0.5)} ms, p90 ${quantile(times, 0.9)} ms; CPU time p50 ${quantile(cpu, 0.5)} ms, p90 ${quantile(cpu, 0.9)} ms (load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
);

for (const [name, file] of ERROR_SETS) {
  const r = await scoreErrorSet(checkers, readErrorSet(file));
  const cats = Object.entries(r.byCategory)
    .map(([c, v]) => `${c} ${v.found}/${v.errors}`)
    .join(", ");
  console.log(
    `\nAnnotated learner errors, ${name} (${file}): recall ${r.found}/${r.errors} = ${((100 * r.found) / r.errors).toFixed(0)}%`,
  );
  console.log(`  by category: ${cats}`);
  console.log(
    `  false alarms on the corrected texts: ${r.falseAlarms.length}${r.falseAlarms.map((f) => `\n    "${f.words}" (${f.issue.category}: ${f.issue.message})`).join("")}`,
  );
}
