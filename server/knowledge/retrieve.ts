import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/types";
import { FEEDBACK, idf } from "./ranking/bm25";
import type { FeedbackDoc, QueryTerm } from "./ranking/feedback";

/**
 * Postings read per term and partition, best impact first. Scoring stops there (an impact-ordered
 * early termination): a passage below the cut for a term loses only that term's small share of
 * its score, and the work per query stays bounded however large the corpus grows.
 */
export const POSTINGS_PER_TERM = 1000;

/**
 * Postings per term in relevance feedback's second pass. That pass re-orders what the first found
 * with about twice as many (mostly minor) terms, so it reads fewer of each: on Cranfield, 300
 * scored the same as 1,000 (nDCG@10 0.368 vs 0.367 in the in-memory replica) at half the rows read.
 */
export const FEEDBACK_POSTINGS_PER_TERM = 300;

/**
 * Postings per term in the first pass when relevance feedback follows: that pass only has to find
 * the ten feedback passages, and the second pass ranks. On Cranfield 500 then 300 scored as
 * 1,000 then 1,000 did (0.368 vs 0.367 in the in-memory replica).
 */
export const FIRST_PASS_POSTINGS_PER_TERM = 500;

/** Which postings a query may read: the caller's own, and those shared with organizations. */
export type Partition = {
  userId: string | null;
  privateOnly: boolean;
  organizations: string[];
  documentIds: string[] | null;
};

const uuids = (ids: string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

/** A query term with its document frequency, for idf. */
export type AnalysedTerm = QueryTerm & { df: number };

/**
 * The query's analysed terms (the same English analyser as the index), weighted by their
 * frequency in the query, with their document frequencies and the corpus size: one statement.
 * Terms no passage contains drop out.
 */
export async function analyseQueryWithStatistics(
  db: Db,
  text: string,
): Promise<{ terms: AnalysedTerm[]; chunks: number }> {
  const rows = rowsOf<{ term: string; qtf: number; df: number; n: number }>(
    await db.execute(sql`
      select t.lexeme as term, coalesce(array_length(t.positions, 1), 1) as qtf, k.df,
             (select chunks from knowledge_stats where id = 1) as n
      from unnest(to_tsvector('english', ${text})) t
      join knowledge_terms k on k.term = t.lexeme
      where k.df > 0`),
  );
  return {
    terms: rows.map((r) => ({ term: r.term, weight: Number(r.qtf), df: Number(r.df) })),
    chunks: Number(rows[0]?.n ?? 0),
  };
}

/** The query's analysed terms (the same English analyser as the index), weighted by frequency. */
export async function analyseQuery(db: Db, text: string): Promise<QueryTerm[]> {
  const rows = rowsOf<{ term: string; qtf: number; df: number | null }>(
    await db.execute(sql`
      select t.lexeme as term, coalesce(array_length(t.positions, 1), 1) as qtf, k.df
      from unnest(to_tsvector('english', ${text})) t
      left join knowledge_terms k on k.term = t.lexeme`),
  );
  return rows.filter((r) => (r.df ?? 0) > 0).map((r) => ({ term: r.term, weight: Number(r.qtf) }));
}

/** The scoring statement: each term's best postings of the partition, summed per passage. */
function scoringStatement(
  terms: QueryTerm[],
  partition: Partition,
  limit: number,
  postingsPerTerm: number,
): SQL | null {
  if (terms.length === 0) return null;
  const docFilter = partition.documentIds
    ? sql` and p.document_id = any(${uuids(partition.documentIds)})`
    : sql``;
  const scans: SQL[] = [];
  if (partition.userId)
    scans.push(sql`(select p.chunk_id, p.impact from knowledge_postings p
      where p.term = q.term and p.user_id = ${partition.userId}
      ${partition.privateOnly ? sql` and p.organization_id is null` : sql``}${docFilter}
      order by p.impact desc limit ${postingsPerTerm})`);
  if (partition.organizations.length)
    scans.push(sql`(select p.chunk_id, p.impact from knowledge_postings p
      where p.term = q.term and p.organization_id = any(${uuids(partition.organizations)})${docFilter}
      order by p.impact desc limit ${postingsPerTerm})`);
  if (scans.length === 0) return null;
  const q = sql.join(
    terms.map((t) => sql`(${t.term}::text, ${t.weight}::float8)`),
    sql`, `,
  );
  // A passage both owned and shared appears in both scans: `union` counts it once.
  return sql`
      with q(term, weight) as (values ${q})
      select x.chunk_id, sum(q.weight * x.impact)::float8 as score
      from q cross join lateral (${sql.join(scans, sql` union `)}) x
      group by x.chunk_id
      order by score desc, x.chunk_id
      limit ${limit}`;
}

/** BM25 over the postings the caller may see: the best `limit` passages with their scores. */
export async function scorePassages(
  db: Db,
  terms: QueryTerm[],
  partition: Partition,
  limit: number,
  postingsPerTerm = POSTINGS_PER_TERM,
): Promise<{ chunkId: string; score: number }[]> {
  const statement = scoringStatement(terms, partition, limit, postingsPerTerm);
  if (!statement) return [];
  const rows = rowsOf<{ chunk_id: string; score: number }>(await db.execute(statement));
  return rows.map((r) => ({ chunkId: r.chunk_id, score: Number(r.score) }));
}

/**
 * `EXPLAIN ANALYZE` of a query's first scoring pass, summarised: the plan's node types with the
 * indexes they use, rows read, and the execution time (the scale benchmark prints it to show the
 * impact-ordered index scans at work).
 */
export async function explainScoring(
  db: Db,
  terms: QueryTerm[],
  partition: Partition,
  limit: number,
): Promise<string> {
  const statement = scoringStatement(terms, partition, limit, POSTINGS_PER_TERM);
  if (!statement) return "no terms";
  const rows = rowsOf<Record<string, string>>(
    await db.execute(sql`explain (analyze, format text) ${statement}`),
  );
  const lines = rows.map((r) => Object.values(r)[0]!);
  const nodes = lines
    .filter((l) => l.includes("->") || /^\S/.test(l) || l.includes("Heap Fetches"))
    .map((l) =>
      l
        .trim()
        .replace(/^-> +/, "")
        .replace(/ +\(cost=[^)]*\)/, ""),
    )
    .filter((l) => !l.startsWith("Planning") && !l.startsWith("Execution"));
  const time = lines.find((l) => l.startsWith("Execution Time")) ?? "";
  return [...nodes.map((n) => `  ${n}`), `  ${time}`].join("\n");
}

/**
 * Term vectors of the top passages, for relevance feedback, without near-stop-words; each term's
 * document frequency comes along (`dfs`) so the expanded query needs no further statement.
 */
export async function feedbackDocs(
  db: Db,
  top: { chunkId: string; score: number }[],
  dfs?: Map<string, number>,
): Promise<FeedbackDoc[]> {
  if (top.length === 0) return [];
  const rows = rowsOf<{ chunk_id: string; term: string; tf: number; length: number; df: number }>(
    await db.execute(sql`
      select p.chunk_id, p.term, p.tf, c.length, k.df
      from knowledge_postings p
      join knowledge_chunks c on c.id = p.chunk_id
      join knowledge_terms k on k.term = p.term
      where p.chunk_id = any(${uuids(top.map((t) => t.chunkId))})
        and k.df <= ${FEEDBACK.maxDocumentFrequency}::float8 * (select chunks from knowledge_stats where id = 1)`),
  );
  const docs = new Map(
    top.map((t) => [t.chunkId, { score: t.score, length: 0, terms: new Map<string, number>() }]),
  );
  for (const r of rows) {
    dfs?.set(r.term, Number(r.df));
    const doc = docs.get(r.chunk_id);
    if (!doc) continue;
    doc.length = Number(r.length);
    doc.terms.set(r.term, Number(r.tf));
  }
  return [...docs.values()];
}

/** Multiplies each term's weight by its idf (BM25's query side); unknown terms drop out. */
export async function withIdf(db: Db, terms: QueryTerm[]): Promise<QueryTerm[]> {
  if (terms.length === 0) return [];
  const rows = rowsOf<{ term: string; df: number; n: number }>(
    await db.execute(sql`
      select k.term, k.df, (select chunks from knowledge_stats where id = 1) as n
      from knowledge_terms k where k.term = any(array[${sql.join(
        terms.map((t) => sql`${t.term}`),
        sql`, `,
      )}]::text[])`),
  );
  const idfs = new Map(rows.map((r) => [r.term, idf(Number(r.n), Number(r.df))]));
  return terms
    .map((t) => ({ term: t.term, weight: t.weight * (idfs.get(t.term) ?? 0) }))
    .filter((t) => t.weight > 0);
}
