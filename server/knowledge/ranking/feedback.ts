import { FEEDBACK } from "./bm25";

export type QueryTerm = { term: string; weight: number };

/** One feedback passage: its first-pass score, length, and term frequencies. */
export type FeedbackDoc = { score: number; length: number; terms: Map<string, number> };

/**
 * RM3 (Lavrenko & Croft's relevance model, interpolated with the query as Anserini does): the
 * top passages vote for terms in proportion to their score and each term's share of the passage;
 * the best `terms` of them, normalised, are mixed with the normalised original query.
 */
export function expandQuery(
  query: QueryTerm[],
  feedback: FeedbackDoc[],
  options: { terms: number; originalWeight: number } = FEEDBACK,
): QueryTerm[] {
  const totalScore = feedback.reduce((s, d) => s + d.score, 0);
  if (feedback.length === 0 || totalScore <= 0) return query;
  const model = new Map<string, number>();
  for (const doc of feedback) {
    const docWeight = doc.score / totalScore;
    for (const [term, tf] of doc.terms)
      model.set(term, (model.get(term) ?? 0) + docWeight * (tf / Math.max(doc.length, 1)));
  }
  const top = [...model]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, options.terms);
  const topSum = top.reduce((s, [, w]) => s + w, 0) || 1;
  const querySum = query.reduce((s, q) => s + q.weight, 0) || 1;
  const mixed = new Map<string, number>();
  for (const q of query) mixed.set(q.term, (options.originalWeight * q.weight) / querySum);
  for (const [term, w] of top)
    mixed.set(term, (mixed.get(term) ?? 0) + ((1 - options.originalWeight) * w) / topSum);
  return [...mixed].map(([term, weight]) => ({ term, weight }));
}
