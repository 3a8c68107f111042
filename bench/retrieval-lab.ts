// npm run bench:retrieval -- --lab: ranking variants on Cranfield in memory, to compare them in
// seconds. The terms are the real analyser's (Postgres's `english` configuration, here on PGlite);
// BM25, relevance feedback and proximity are replicated in JavaScript over whole abstracts (the
// app ranks passages, so absolute figures differ a little from the real run). Each variant is
// reported on all queries and on the odd- and even-numbered halves, so a gain seen on one half
// only shows up as noise. Asserts nothing.
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/types";
import { BM25, FEEDBACK } from "@/server/knowledge/ranking/bm25";
import { mean, ndcgAt, type Qrels } from "./retrieval-metrics";

type Doc = { id: string; title: Map<string, number>; text: Map<string, number[]>; len: number };
type Term = { term: string; weight: number };
type Options = {
  k1: number;
  b: number;
  titleWeight: number;
  /** Per-field length normalisation (BM25F proper) instead of one over the weighted sum. */
  fieldNormalisation: boolean;
  rm3: null | { documents: number; terms: number; originalWeight: number };
  firstCap: number;
  feedbackCap: number;
  /** Bonus for query-term pairs within `window` words of each other, on the top 100. */
  proximity: number;
  window: number;
  /** Reciprocal-rank fusion with a dense ranking (vectors from `--dense=FILE`): "only" ranks by
   * cosine alone; a depth fuses within the lexical top `depth` (what reranking the lexical
   * candidates by cosine costs: O(depth) per query); Infinity fuses with the full dense ranking. */
  dense: null | { only?: boolean; depth: number };
};

const DEFAULTS: Options = {
  k1: BM25.k1,
  b: BM25.b,
  titleWeight: BM25.titleWeight,
  fieldNormalisation: false,
  rm3: null,
  firstCap: Infinity,
  feedbackCap: Infinity,
  proximity: 0,
  window: 8,
  dense: null,
};

/** k of reciprocal-rank fusion: Cormack et al.'s 60, not fitted here. */
const RRF_K = 60;

export type DenseVectors = { docs: Record<string, number[]>; queries: Record<string, number[]> };

function unit(v: number[]): Float32Array {
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return Float32Array.from(v, (x) => x / norm);
}

function dot(a: Float32Array, b: Float32Array) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

async function analyse(db: Db, text: string): Promise<Map<string, number[]>> {
  const rows = rowsOf<{ lexeme: string; positions: number[] | null }>(
    await db.execute(sql`select lexeme, positions from unnest(to_tsvector('english', ${text}))`),
  );
  return new Map(rows.map((r) => [r.lexeme, r.positions ?? [1]]));
}

export async function runLab(
  db: Db,
  corpus: { id: string; title: string; text: string }[],
  queries: { _id: string; text: string }[],
  qrels: Qrels,
  vectors?: DenseVectors,
) {
  const docs: (Doc & { titleLength: number; textLength: number })[] = [];
  for (const d of corpus) {
    const title = new Map([...(await analyse(db, d.title))].map(([t, p]) => [t, p.length]));
    const text = await analyse(db, d.text);
    const titleLength = [...title.values()].reduce((s, n) => s + n, 0);
    const textLength = [...text.values()].reduce((s, p) => s + p.length, 0);
    docs.push({ id: d.id, title, text, len: 0, titleLength, textLength });
  }
  const analysed: { id: string; terms: Map<string, number[]> }[] = [];
  for (const q of queries) analysed.push({ id: q._id, terms: await analyse(db, q.text) });
  const n = docs.length;
  const df = new Map<string, number>();
  for (const d of docs)
    for (const t of new Set([...d.title.keys(), ...d.text.keys()])) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
  const tfOf = (d: Doc, t: string, o: Options) =>
    o.titleWeight * (d.title.get(t) ?? 0) + (d.text.get(t)?.length ?? 0);

  function index(o: Options) {
    const avg = docs.reduce((s, d) => s + o.titleWeight * d.titleLength + d.textLength, 0) / n;
    const avgTitle = docs.reduce((s, d) => s + d.titleLength, 0) / n;
    const avgText = docs.reduce((s, d) => s + d.textLength, 0) / n;
    const postings = new Map<string, { doc: Doc; impact: number }[]>();
    for (const d of docs) {
      d.len = o.titleWeight * d.titleLength + d.textLength;
      for (const t of new Set([...d.title.keys(), ...d.text.keys()])) {
        let impact: number;
        if (o.fieldNormalisation) {
          const tf =
            (o.titleWeight * (d.title.get(t) ?? 0)) / (1 - o.b + (o.b * d.titleLength) / avgTitle) +
            (d.text.get(t)?.length ?? 0) / (1 - o.b + (o.b * d.textLength) / avgText);
          impact = (tf * (o.k1 + 1)) / (tf + o.k1);
        } else {
          const tf = tfOf(d, t, o);
          impact = (tf * (o.k1 + 1)) / (tf + o.k1 * (1 - o.b + (o.b * d.len) / avg));
        }
        if (!postings.has(t)) postings.set(t, []);
        postings.get(t)!.push({ doc: d, impact });
      }
    }
    for (const list of postings.values()) list.sort((a, b) => b.impact - a.impact);
    return postings;
  }

  function score(postings: ReturnType<typeof index>, terms: Term[], cap: number) {
    const scores = new Map<Doc, number>();
    for (const { term, weight } of terms)
      for (const p of (postings.get(term) ?? []).slice(0, cap))
        scores.set(p.doc, (scores.get(p.doc) ?? 0) + weight * idf(term) * p.impact);
    return [...scores].sort((a, b) => b[1] - a[1]);
  }

  function expand(terms: Term[], ranked: [Doc, number][], o: Options): Term[] {
    const rm3 = o.rm3!;
    const top = ranked.slice(0, rm3.documents);
    const total = top.reduce((s, [, v]) => s + v, 0);
    const model = new Map<string, number>();
    for (const [d, s] of top)
      for (const t of new Set([...d.title.keys(), ...d.text.keys()])) {
        if ((df.get(t) ?? 0) > FEEDBACK.maxDocumentFrequency * n) continue;
        model.set(t, (model.get(t) ?? 0) + ((s / total) * tfOf(d, t, o)) / d.len);
      }
    const best = [...model].sort((a, b) => b[1] - a[1]).slice(0, rm3.terms);
    const bestSum = best.reduce((s, [, w]) => s + w, 0) || 1;
    const querySum = terms.reduce((s, t) => s + t.weight, 0) || 1;
    const mixed = new Map<string, number>();
    for (const t of terms) mixed.set(t.term, (rm3.originalWeight * t.weight) / querySum);
    for (const [t, w] of best)
      mixed.set(t, (mixed.get(t) ?? 0) + ((1 - rm3.originalWeight) * w) / bestSum);
    return [...mixed].map(([term, weight]) => ({ term, weight }));
  }

  function proximity(d: Doc, order: string[], o: Options) {
    let bonus = 0;
    for (let i = 0; i + 1 < order.length; i++) {
      const a = d.text.get(order[i]!);
      const b = d.text.get(order[i + 1]!);
      if (!a || !b) continue;
      let pairs = 0;
      for (const x of a) for (const y of b) if (x !== y && Math.abs(y - x) <= o.window) pairs++;
      if (pairs)
        bonus +=
          (Math.min(idf(order[i]!), idf(order[i + 1]!)) * pairs * (o.k1 + 1)) / (pairs + o.k1);
    }
    return bonus;
  }

  const docVectors = new Map(
    Object.entries(vectors?.docs ?? {}).map(([id, v]) => [id, unit(v)] as const),
  );
  const queryVectors = new Map(
    Object.entries(vectors?.queries ?? {}).map(([id, v]) => [id, unit(v)] as const),
  );

  function fuse(ranked: [Doc, number][], queryId: string, dense: NonNullable<Options["dense"]>) {
    const qv = queryVectors.get(queryId);
    if (!qv) throw new Error(`no dense vector for query ${queryId}`);
    const byCosine = (pool: Doc[]) =>
      pool
        .map((d): [Doc, number] => [d, docVectors.has(d.id) ? dot(qv, docVectors.get(d.id)!) : -1])
        .sort((a, b) => b[1] - a[1]);
    if (dense.only) return byCosine(docs);
    const pool = ranked.slice(0, dense.depth);
    const denseRanked = byCosine(Number.isFinite(dense.depth) ? pool.map(([d]) => d) : docs);
    const fused = new Map<Doc, number>();
    pool.forEach(([d], i) => fused.set(d, 1 / (RRF_K + i + 1)));
    denseRanked.forEach(([d], i) => fused.set(d, (fused.get(d) ?? 0) + 1 / (RRF_K + i + 1)));
    const head = [...fused].sort((a, b) => b[1] - a[1]);
    return [...head, ...ranked.slice(pool.length).filter(([d]) => !fused.has(d))];
  }

  function run(o: Options) {
    const postings = index(o);
    const halves = { all: [] as number[], odd: [] as number[], even: [] as number[] };
    for (const q of analysed) {
      const relevant = qrels.get(q.id);
      if (!relevant) continue;
      const terms = [...q.terms]
        .filter(([t]) => df.has(t))
        .map(([term, p]) => ({ term, weight: p.length }));
      let ranked = score(postings, terms, o.firstCap);
      if (o.rm3 && ranked.length >= o.rm3.documents)
        ranked = score(postings, expand(terms, ranked, o), o.feedbackCap);
      if (o.proximity) {
        const order = [...q.terms]
          .flatMap(([t, ps]) => ps.map((p) => [p, t] as const))
          .sort((a, b) => a[0] - b[0])
          .map(([, t]) => t)
          .filter((t) => df.has(t));
        const head = ranked
          .slice(0, 100)
          .map(([d, s]): [Doc, number] => [d, s + o.proximity * proximity(d, order, o)])
          .sort((a, b) => b[1] - a[1]);
        ranked = [...head, ...ranked.slice(100)];
      }
      if (o.dense) ranked = fuse(ranked, q.id, o.dense);
      const value = ndcgAt(
        ranked.slice(0, 10).map(([d]) => d.id),
        relevant,
        10,
      );
      halves.all.push(value);
      (Number(q.id) % 2 ? halves.odd : halves.even).push(value);
    }
    return `nDCG@10 all ${mean(halves.all).toFixed(3)}  odd ${mean(halves.odd).toFixed(3)}  even ${mean(halves.even).toFixed(3)}`;
  }

  const rm3 = { documents: FEEDBACK.documents, terms: FEEDBACK.terms, originalWeight: 0.5 };
  const variants: [string, Partial<Options>][] = [
    ["BM25F (the code's first pass)", {}],
    ["+ RM3 (the code's defaults)", { rm3 }],
    ["+ RM3, passes of 1,000 and 300", { rm3, firstCap: 1000, feedbackCap: 300 }],
    ["+ RM3, passes of 500 and 300 (the code)", { rm3, firstCap: 500, feedbackCap: 300 }],
    ["title weight 1", { titleWeight: 1 }],
    ["k1 0.9, b 0.4", { k1: 0.9, b: 0.4 }],
    ["per-field length normalisation", { fieldNormalisation: true }],
    ["per-field normalisation + RM3", { fieldNormalisation: true, rm3 }],
    ["proximity, window 8", { proximity: 1 }],
    ["proximity + RM3", { proximity: 1, rm3 }],
    ["RM3, 20 terms", { rm3: { ...rm3, terms: 20 } }],
    ["RM3, λ 0.6", { rm3: { ...rm3, originalWeight: 0.6 } }],
    ["first pass 100 postings/term", { firstCap: 100 }],
  ];
  if (vectors)
    variants.splice(
      0,
      variants.length,
      ["BM25F", {}],
      ["BM25F + RM3 (the code)", { rm3, firstCap: 500, feedbackCap: 300 }],
      ["dense alone (cosine)", { dense: { only: true, depth: Infinity } }],
      ["BM25F ⊕ dense, RRF k 60", { dense: { depth: Infinity } }],
      [
        "BM25F + RM3 ⊕ dense, RRF k 60",
        { rm3, firstCap: 500, feedbackCap: 300, dense: { depth: Infinity } },
      ],
      [
        "BM25F + RM3 ⊕ dense within lexical top 100",
        { rm3, firstCap: 500, feedbackCap: 300, dense: { depth: 100 } },
      ],
      [
        "BM25F + RM3 ⊕ dense within lexical top 1000",
        { rm3, firstCap: 500, feedbackCap: 300, dense: { depth: 1000 } },
      ],
    );
  for (const [name, options] of variants)
    console.log(`${name.padEnd(44)}${run({ ...DEFAULTS, ...options })}`);
}
