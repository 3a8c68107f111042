/**
 * Reranking by meaning: the lexical ranking's best `DENSE_CANDIDATES` passages are ranked again by
 * the cosine of their vectors with the question's, and the two rankings are fused by reciprocal
 * rank (Cormack, Clarke & Büttcher 2009, with their k = 60; nothing here is fitted). Reranking the
 * lexical candidates rather than searching all vectors keeps the work per question at 100 dot
 * products however large the corpus (there is no vector index on PGlite or this PostgreSQL), and on
 * Cranfield kept nearly all of fusion's gain (docs/knowledge.md).
 */
export const RRF_K = 60;
export const DENSE_CANDIDATES = 100;

export type Ranked = { chunkId: string; score: number };

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * Fuses the lexical ranking with the ranking by cosine. A passage without a vector (indexed before
 * the model was configured, and not yet filled in) keeps its lexical share alone. The fused score
 * is what the result reports, scaled so that 1 means first by both rankings (and 0.5 first by one
 * and absent from the other).
 */
export function fuseByRank(
  lexical: Ranked[],
  question: ArrayLike<number>,
  vectors: Map<string, ArrayLike<number>>,
): Ranked[] {
  const byMeaning = lexical
    .filter((r) => vectors.has(r.chunkId))
    .map((r) => ({ chunkId: r.chunkId, cosine: dot(question, vectors.get(r.chunkId)!) }))
    .sort((a, b) => b.cosine - a.cosine);
  const denseRank = new Map(byMeaning.map((r, i) => [r.chunkId, i + 1]));
  return lexical
    .map((r, i) => {
      const d = denseRank.get(r.chunkId);
      return {
        chunkId: r.chunkId,
        score: ((RRF_K + 1) / 2) * (1 / (RRF_K + i + 1) + (d === undefined ? 0 : 1 / (RRF_K + d))),
        lexicalRank: i,
      };
    })
    .sort((a, b) => b.score - a.score || a.lexicalRank - b.lexicalRank)
    .map(({ chunkId, score }) => ({ chunkId, score }));
}
