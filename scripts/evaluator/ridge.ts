/**
 * Ridge regression on standardized features, solved in closed form, and grouped cross-validation
 * (leave one prompt out). Used by the fitting script and the benchmark; the product only applies
 * the fitted weights (server/xel/evaluator/model.ts).
 */

export const LAMBDAS = [10, 30, 100, 200, 300, 500, 1000];

export type RidgeFit = { mean: number[]; scale: number[]; intercept: number; coef: number[] };

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

export function fitRidge(x: number[][], y: number[], lambda: number): RidgeFit {
  const d = x[0]?.length ?? 0;
  const n = x.length;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((a, r) => a + r[j]!, 0) / n);
  const scale = Array.from({ length: d }, (_, j) => {
    const v = x.reduce((a, r) => a + (r[j]! - mean[j]!) ** 2, 0) / n;
    return Math.sqrt(v) || 1;
  });
  const z = x.map((r) => r.map((v, j) => (v - mean[j]!) / scale[j]!));
  const yMean = y.reduce((a, b) => a + b, 0) / n;
  const xtx = Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => {
      let s = 0;
      for (const r of z) s += r[i]! * r[j]!;
      return s + (i === j ? lambda : 0);
    }),
  );
  const xty = Array.from({ length: d }, (_, i) => {
    let s = 0;
    z.forEach((r, k) => (s += r[i]! * (y[k]! - yMean)));
    return s;
  });
  return { mean, scale, intercept: yMean, coef: solve(xtx, xty) };
}

export function predictRidge(fit: RidgeFit, row: readonly number[]): number {
  let s = fit.intercept;
  row.forEach((v, j) => (s += fit.coef[j]! * ((v - fit.mean[j]!) / fit.scale[j]!)));
  return s;
}

export const clampHalf = (v: number) => Math.min(5, Math.max(1, Math.round(v * 2) / 2));

export function rmse(pred: readonly number[], truth: readonly number[]): number {
  return Math.sqrt(pred.reduce((a, p, i) => a + (p - truth[i]!) ** 2, 0) / pred.length);
}

/** Spearman's ρ with average ranks for ties. */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const rank = (xs: readonly number[]) => {
    const idx = xs.map((v, i) => [v, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(xs.length);
    for (let i = 0; i < idx.length;) {
      let j = i;
      while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
      for (let k = i; k <= j; k++) r[idx[k]![1]] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return r;
  };
  const ra = rank(a);
  const rb = rank(b);
  const ma = ra.reduce((s, v) => s + v, 0) / ra.length;
  const mb = rb.reduce((s, v) => s + v, 0) / rb.length;
  let num = 0;
  let da = 0;
  let db = 0;
  ra.forEach((v, i) => {
    num += (v - ma) * (rb[i]! - mb);
    da += (v - ma) ** 2;
    db += (rb[i]! - mb) ** 2;
  });
  return num / Math.sqrt(da * db);
}

/** Out-of-fold predictions with one fold per group (leave one prompt out). */
export function groupedPredictions(
  x: number[][],
  y: number[],
  groups: readonly string[],
  lambda: number,
): number[] {
  const out = new Array<number>(y.length).fill(0);
  for (const g of new Set(groups)) {
    const train = groups.flatMap((h, i) => (h === g ? [] : [i]));
    const fit = fitRidge(
      train.map((i) => x[i]!),
      train.map((i) => y[i]!),
      lambda,
    );
    groups.forEach((h, i) => {
      if (h === g) out[i] = predictRidge(fit, x[i]!);
    });
  }
  return out;
}
