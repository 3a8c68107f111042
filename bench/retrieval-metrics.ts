// Retrieval measures as trec_eval defines them, with nDCG's gain 2^rel − 1.

export type Qrels = Map<string, Map<string, number>>;

export function ndcgAt(ranked: string[], relevant: Map<string, number>, k: number): number {
  const gain = (rel: number) => 2 ** rel - 1;
  const dcg = ranked
    .slice(0, k)
    .reduce((s, id, i) => s + gain(relevant.get(id) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...relevant.values()]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((s, rel, i) => s + gain(rel) / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

export function averagePrecision(ranked: string[], relevant: Map<string, number>): number {
  let hits = 0;
  let sum = 0;
  ranked.forEach((id, i) => {
    if ((relevant.get(id) ?? 0) > 0) {
      hits += 1;
      sum += hits / (i + 1);
    }
  });
  return relevant.size ? sum / relevant.size : 0;
}

export function recallAt(ranked: string[], relevant: Map<string, number>, k: number): number {
  const found = ranked.slice(0, k).filter((id) => (relevant.get(id) ?? 0) > 0).length;
  return relevant.size ? found / relevant.size : 0;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / (values.length || 1);
