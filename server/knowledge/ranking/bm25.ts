/**
 * Ranking parameters. Textbook values, not fitted to any collection: BM25's k1 = 1.2, b = 0.75
 * (Robertson & Zaragoza); a title field counted twice (BM25F practice); RM3 pseudo-relevance
 * feedback as Anserini runs it by default (10 feedback passages, 10 expansion terms, the
 * original query weighted 0.5, terms in over 10% of passages left out).
 */
export const BM25 = {
  k1: 1.2,
  b: 0.75,
  titleWeight: 2,
} as const;

export const FEEDBACK = {
  documents: 10,
  terms: 10,
  originalWeight: 0.5,
  /** Terms in more than this share of passages are too common to expand with (Anserini's RM3 filter). */
  maxDocumentFrequency: 0.1,
} as const;

/** Robertson–Spärck Jones idf as Lucene computes it (never negative). */
export function idf(chunks: number, df: number): number {
  return Math.log(1 + (chunks - df + 0.5) / (df + 0.5));
}
