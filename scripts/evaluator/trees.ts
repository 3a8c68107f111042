/**
 * A small gradient-boosted ensemble of depth-2 regression trees, fitted in the script and
 * averaged with the ridge model: it catches the few non-linear effects (a floor on very short
 * essays, error rates that stop mattering past a point) that a linear sum misses. Deterministic
 * (seeded subsampling), so a refit gives the same weights.
 *
 * A tree is stored flat: [f0, t0, f1, t1, f2, t2, v0, v1, v2, v3]: the root splits on feature f0
 * at t0 (≤ goes left to node 1, else right to node 2), nodes 1 and 2 split likewise into leaves
 * v0–v3. A node that could not split has threshold 1e300 (everything goes left).
 */
export type Boosted = { base: number; rate: number; trees: number[][] };

export const BOOST = { trees: 150, rate: 0.05, minLeaf: 20, subsample: 0.8, seed: 1 };
const NO_SPLIT = 1e300;

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fitBoosted(x: number[][], y: number[], options = BOOST): Boosted {
  const n = y.length;
  const d = x[0]?.length ?? 0;
  const order = Array.from({ length: d }, (_, j) =>
    Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]![j]! - x[b]![j]!),
  );
  const base = y.reduce((a, b) => a + b, 0) / n;
  const f = new Array<number>(n).fill(base);
  const random = mulberry32(options.seed);
  const trees: number[][] = [];
  const member = new Uint8Array(n);

  /** Best split of the rows marked `tag` in `member`: [feature, threshold] or null. */
  function split(residual: number[], tag: number, count: number): [number, number] | null {
    if (count < 2 * options.minLeaf) return null;
    let total = 0;
    for (let i = 0; i < n; i++) if (member[i] === tag) total += residual[i]!;
    let best = -Infinity;
    let out: [number, number] | null = null;
    for (let j = 0; j < d; j++) {
      let left = 0;
      let k = 0;
      let prev = -1;
      for (const i of order[j]!) {
        if (member[i] !== tag) continue;
        if (prev >= 0 && k >= options.minLeaf && count - k >= options.minLeaf) {
          const a = x[prev]![j]!;
          const b = x[i]![j]!;
          if (a < b) {
            const gain = (left * left) / k + ((total - left) * (total - left)) / (count - k);
            if (gain > best) {
              best = gain;
              out = [j, (a + b) / 2];
            }
          }
        }
        left += residual[i]!;
        k++;
        prev = i;
      }
    }
    return out;
  }

  for (let t = 0; t < options.trees; t++) {
    const residual = y.map((v, i) => v - f[i]!);
    member.fill(0);
    let count = 0;
    for (let i = 0; i < n; i++)
      if (random() < options.subsample) {
        member[i] = 1;
        count++;
      }
    const root = split(residual, 1, count) ?? [0, NO_SPLIT];
    const children: Array<[number, number]> = [];
    for (const side of [2, 3]) {
      let c = 0;
      for (let i = 0; i < n; i++)
        if (member[i] === 1 || member[i] === 2 || member[i] === 3) {
          // tag the root's side of the subsample
          if (member[i] === 1) member[i] = x[i]![root[0]]! <= root[1] ? 2 : 3;
          if (member[i] === side) c++;
        }
      children.push(split(residual, side, c) ?? [0, NO_SPLIT]);
    }
    const sums = [0, 0, 0, 0];
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      if (member[i] === 0) continue;
      const leaf = leafOf(root, children, x[i]!);
      sums[leaf]! += residual[i]!;
      counts[leaf]!++;
    }
    const values = sums.map((s, k) => (counts[k] ? s / counts[k]! : 0));
    const tree = [...root, ...children[0]!, ...children[1]!, ...values];
    trees.push(tree);
    for (let i = 0; i < n; i++) f[i]! += options.rate * predictTree(tree, x[i]!);
  }
  return { base, rate: options.rate, trees };
}

function leafOf(root: [number, number], children: Array<[number, number]>, row: readonly number[]) {
  const side = row[root[0]]! <= root[1] ? 0 : 1;
  const c = children[side]!;
  return 2 * side + (row[c[0]]! <= c[1] ? 0 : 1);
}

export function predictTree(tree: readonly number[], row: readonly number[]): number {
  const side = row[tree[0]!]! <= tree[1]! ? 0 : 1;
  const node = 2 + 2 * side;
  return tree[6 + 2 * side + (row[tree[node]!]! <= tree[node + 1]! ? 0 : 1)]!;
}

export function predictBoosted(model: Boosted, row: readonly number[]): number {
  let s = model.base;
  for (const tree of model.trees) s += model.rate * predictTree(tree, row);
  return s;
}

/** The share of the tree ensemble in the blend with ridge (chosen by prompt-held-out RMSE). */
export const TREE_SHARE = 0.3;
