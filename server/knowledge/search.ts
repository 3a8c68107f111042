import { and, eq, inArray, sql } from "drizzle-orm";
import { documents, knowledgeChunks } from "@/db/schema";
import { toOrQuery } from "@/server/conversations/search";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { log } from "@/server/platform/logger";
import { knowledgeEmbedder } from "./embeddings";
import { visibleOrganizations } from "./access";
import { locationOf } from "./ranking/chunk";
import { expandQuery } from "./ranking/feedback";
import { FEEDBACK, idf } from "./ranking/bm25";
import { DENSE_CANDIDATES, fuseByRank, type Ranked } from "./ranking/fusion";
import type { QueryTerm } from "./ranking/feedback";
import {
  analyseQueryWithStatistics,
  explainScoring,
  FEEDBACK_POSTINGS_PER_TERM,
  feedbackDocs,
  FIRST_PASS_POSTINGS_PER_TERM,
  POSTINGS_PER_TERM,
  scorePassages,
  type Partition,
} from "./retrieve";

import type { KnowledgeSearchResponse, KnowledgeSearchResult } from "./schemas";

/** What the search verb takes: the REST body as parsed (internal callers may ask for up to 100). */
export type SearchInput = {
  query: string;
  limit: number;
  scope: "all" | "private" | "organization";
  organization_id?: string;
  document_ids?: string[];
  /** Relevance feedback (RM3): the standard settings unless a benchmark measures others or none. */
  feedback?: false | Partial<Record<keyof typeof FEEDBACK, number>>;
  /** Rerank by meaning when an embedding model is configured (false: a benchmark measures without). */
  dense?: false;
};

const HEADLINE =
  "StartSel=«, StopSel=», MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter= … ";

async function partitionFor(ctx: AuthedCtx, input: SearchInput): Promise<Partition> {
  let organizations = await visibleOrganizations(ctx);
  if (input.organization_id) {
    if (!organizations.includes(input.organization_id)) throw AppError.notFound("Organization");
    organizations = [input.organization_id];
  }
  const own = ctx.actor.kind === "user" && input.scope !== "organization" && !input.organization_id;
  return {
    userId: own ? ctx.actor.userId : null,
    privateOnly: input.scope === "private",
    organizations: input.scope === "private" ? [] : organizations,
    documentIds: input.document_ids?.length ? input.document_ids : null,
  };
}

/**
 * Ranked passages for a question: BM25 with a weighted title field over impact-ordered postings
 * (any word may match), then RM3 relevance feedback from the first pass's best passages when there
 * are enough of them to learn from. Only documents the caller may read take part.
 */
export async function searchKnowledge({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: SearchInput;
}): Promise<
  Omit<KnowledgeSearchResponse, "results"> & {
    results: (KnowledgeSearchResult & { created_at: string })[];
  }
> {
  const started = performance.now();
  const embedder = input.dense === false ? null : knowledgeEmbedder();
  // The question's vector is made on the model's thread while the lexical passes run; if the
  // model fails or is too busy to answer in time, the search answers from the lexical ranking.
  const dense = embedder && {
    model: embedder.name,
    question: embedder.embed([input.query], "question", AbortSignal.timeout(QUESTION_WAIT_MS)).then(
      ([v]) => v ?? null,
      (error: unknown) => {
        log.warn("knowledge search without embeddings", { error });
        return null;
      },
    ),
  };
  // One snapshot for the statements of a search: a document re-indexed meanwhile (new passage
  // ids) is seen before or after, never half (on PGlite the transaction also keeps a job's
  // transaction from interleaving with it on the one connection).
  const results = await ctx.db.transaction(
    async (tx) => {
      const txCtx = { ...ctx, db: tx };
      const partition = await partitionFor(txCtx, input);
      const analysed = await analyseQueryWithStatistics(tx, input.query);
      const feedback = input.feedback === false ? null : { ...FEEDBACK, ...input.feedback };
      const depth = dense ? Math.max(input.limit, DENSE_CANDIDATES) : input.limit;
      let ranked = await rankPassages(txCtx, analysed, partition, depth, feedback);
      if (dense) ranked = await rerankByMeaning(tx, ranked, dense);
      return describePassages(txCtx, input.query, ranked.slice(0, input.limit));
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  return {
    query: input.query,
    results,
    took_ms: Math.round((performance.now() - started) * 10) / 10,
  };
}

/**
 * How long a search waits for its question's vector. The model has one thread: a question waits
 * for at most one passage of an upload (≈0.3 s) and its own forward pass (≈45 ms), but under a
 * burst of searches the queue would grow without bound; past this, the search answers from the
 * words alone and its question leaves the queue.
 */
const QUESTION_WAIT_MS = 1000;

type Feedback = Record<keyof typeof FEEDBACK, number>;

const weighted = (terms: QueryTerm[], dfs: Map<string, number>, chunks: number) =>
  terms
    .map((t) => ({ term: t.term, weight: t.weight * idf(chunks, dfs.get(t.term) ?? chunks) }))
    .filter((t) => t.weight > 0);

/**
 * The ranking itself, given the analysed query with its statistics: a
 * BM25 pass, and, with feedback, the top passages' term vectors and a second pass.
 */
async function rankPassages(
  ctx: AuthedCtx,
  { terms, chunks }: Awaited<ReturnType<typeof analyseQueryWithStatistics>>,
  partition: Partition,
  limit: number,
  feedback: Feedback | null,
): Promise<{ chunkId: string; score: number }[]> {
  const dfs = new Map(terms.map((t) => [t.term, t.df]));
  const query = terms.map(({ term, weight }) => ({ term, weight }));
  const first = Math.max(limit, feedback?.documents ?? 0);
  const ranked = await scorePassages(
    ctx.db,
    weighted(query, dfs, chunks),
    partition,
    first,
    feedback ? FIRST_PASS_POSTINGS_PER_TERM : POSTINGS_PER_TERM,
  );
  if (!feedback || ranked.length < feedback.documents) return ranked;
  const top = await feedbackDocs(ctx.db, ranked.slice(0, feedback.documents), dfs);
  const expanded = expandQuery(query, top, feedback);
  return scorePassages(
    ctx.db,
    weighted(expanded, dfs, chunks),
    partition,
    limit,
    FEEDBACK_POSTINGS_PER_TERM,
  );
}

/** The lexical candidates fused with their ranking by meaning (ranking/fusion.ts). */
async function rerankByMeaning(
  db: AuthedCtx["db"],
  ranked: Ranked[],
  dense: { model: string; question: Promise<Float32Array | null> },
): Promise<Ranked[]> {
  const question = await dense.question;
  if (!question || ranked.length === 0) return ranked;
  const rows = await db
    .select({ id: knowledgeChunks.id, embedding: knowledgeChunks.embedding })
    .from(knowledgeChunks)
    .where(
      and(
        inArray(
          knowledgeChunks.id,
          ranked.map((r) => r.chunkId),
        ),
        eq(knowledgeChunks.embeddingModel, dense.model),
      ),
    );
  const vectors = new Map<string, number[]>();
  for (const r of rows) if (r.embedding) vectors.set(r.id, r.embedding);
  return fuseByRank(ranked, question, vectors);
}

/** The first scoring pass's plan for a question, as the scale benchmark prints it. */
export async function explainSearch(ctx: AuthedCtx, text: string): Promise<string> {
  const partition = await partitionFor(ctx, { query: text, limit: 10, scope: "all" });
  const { terms, chunks } = await analyseQueryWithStatistics(ctx.db, text);
  const dfs = new Map(terms.map((t) => [t.term, t.df]));
  return explainScoring(ctx.db, weighted(terms, dfs, chunks), partition, 10);
}

/** The passages' text, document titles, locations, and snippets with the query's words marked. */
async function describePassages(
  ctx: AuthedCtx,
  queryText: string,
  ranked: { chunkId: string; score: number }[],
): Promise<(KnowledgeSearchResult & { created_at: string })[]> {
  if (ranked.length === 0) return [];
  const orQuery = toOrQuery(queryText);
  const tsQuery = orQuery ? sql`to_tsquery('english', ${orQuery})` : null;
  const rows = await ctx.db
    .select({
      id: knowledgeChunks.id,
      documentId: knowledgeChunks.documentId,
      content: knowledgeChunks.content,
      heading: knowledgeChunks.heading,
      page: knowledgeChunks.page,
      title: documents.title,
      createdAt: documents.createdAt,
      snippet: tsQuery
        ? sql<string>`ts_headline('english', ${knowledgeChunks.content}, ${tsQuery}, ${HEADLINE})`
        : sql<string>`left(${knowledgeChunks.content}, 240)`,
    })
    .from(knowledgeChunks)
    .innerJoin(documents, eq(documents.id, knowledgeChunks.documentId))
    .where(
      inArray(
        knowledgeChunks.id,
        ranked.map((r) => r.chunkId),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.flatMap(({ chunkId, score }) => {
    const r = byId.get(chunkId);
    if (!r) return [];
    return [
      {
        document_id: r.documentId,
        document_title: r.title,
        chunk_id: r.id,
        content: r.content,
        snippet: r.snippet,
        score: Math.round(score * 1000) / 1000,
        location: locationOf(r),
        created_at: r.createdAt.toISOString(),
      },
    ];
  });
}
