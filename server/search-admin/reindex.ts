import { and, asc, count, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  documents,
  jobs,
  knowledgeChunks,
  knowledgePostings,
  knowledgeTerms,
  liveTranscripts,
  messages,
  notes,
  searchReindexRuns,
  type SearchReindexRunRow,
} from "@/db/schema";
import { addJob } from "@/server/jobs/worker";
import type { JobHandler } from "@/server/jobs/types";
import { analyseIndex, indexDocument } from "@/server/knowledge/indexing";
import { INGEST_JOB } from "@/server/knowledge/ingest";
import type { UserCtx } from "@/server/platform/context";
import { uniqueViolation } from "@/server/platform/db-errors";
import { requirePlatformAdmin } from "./platform-admin";
import type { ReindexRun, SearchStatusResponse } from "./schemas";

export const REINDEX_JOB = "search.reindex";
const BATCH = 50;
const runs = searchReindexRuns;

function toRun(row: SearchReindexRunRow): ReindexRun {
  return {
    id: row.id,
    status: row.status,
    documents_total: row.documentsTotal,
    documents_indexed: row.documentsIndexed,
    error: row.error,
    requested_at: row.requestedAt.toISOString(),
    started_at: row.startedAt?.toISOString() ?? null,
    finished_at: row.finishedAt?.toISOString() ?? null,
  };
}

async function pendingRun(db: Db) {
  const [row] = await db
    .select()
    .from(runs)
    .where(inArray(runs.status, ["queued", "running"]))
    .limit(1);
  return row;
}

/**
 * Queues a rebuild of the search index; a rebuild already queued or running is answered instead
 * of a second one (the partial unique index decides between concurrent requests).
 */
export async function requestReindex({ ctx }: { ctx: UserCtx }): Promise<ReindexRun> {
  const userId = await requirePlatformAdmin(ctx);
  const existing = await pendingRun(ctx.db);
  if (existing) return toRun(existing);
  let row: SearchReindexRunRow;
  try {
    [row] = (await ctx.db.insert(runs).values({ requestedBy: userId }).returning()) as [
      SearchReindexRunRow,
    ];
  } catch (error) {
    if (uniqueViolation(error) !== "search_reindex_runs_one_pending") throw error;
    return toRun((await pendingRun(ctx.db))!);
  }
  await addJob(
    ctx.db,
    REINDEX_JOB,
    { runId: row.id },
    { dedupeKey: `${REINDEX_JOB}:${row.id}`, maxAttempts: 3 },
  );
  return toRun(row);
}

/**
 * Rebuilds one document's postings from its stored passages, in one transaction holding the
 * document's row: searches meanwhile see the old postings or the new ones, never neither, and
 * an ingestion or a delete of the same document waits.
 */
async function reindexDocument(db: Db, documentId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [doc] = await tx
      .select()
      .from(documents)
      .where(eq(documents.id, documentId))
      .for("update");
    if (!doc || doc.status !== "ready") return false;
    const chunks = await tx
      .select({
        content: knowledgeChunks.content,
        heading: knowledgeChunks.heading,
        page: knowledgeChunks.page,
      })
      .from(knowledgeChunks)
      .where(eq(knowledgeChunks.documentId, documentId))
      .orderBy(asc(knowledgeChunks.ordinal));
    await indexDocument(tx, doc, chunks);
    return true;
  });
}

/**
 * Recounts the corpus statistics from the postings and passages themselves, so drift from any
 * earlier fault is gone. Takes the statistics' row lock first, as every indexing transaction does.
 */
async function recountStatistics(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into knowledge_stats (id, chunks, total_length)
      values (1, 0, 0) on conflict (id) do nothing`);
    await tx.execute(sql`select 1 from knowledge_stats where id = 1 for update`);
    await tx.execute(sql`
      update knowledge_terms t set df = d.n
      from (select term, count(*)::int as n from knowledge_postings group by term order by term) d
      where t.term = d.term and t.df <> d.n`);
    await tx.execute(sql`
      delete from knowledge_terms t
      where not exists (select 1 from knowledge_postings p where p.term = t.term)`);
    await tx.execute(sql`
      update knowledge_stats set chunks = s.n, total_length = s.len
      from (select count(*)::bigint as n, coalesce(sum(length), 0)::bigint as len
            from knowledge_chunks) s
      where id = 1`);
  });
}

/** The rebuild job: every ready document in id order, then the statistics, then the planner's. */
export const reindexSearch: JobHandler = {
  maxAttempts: 3,
  run: async ({ db, job }) => {
    const { runId } = job.payload as { runId: string };
    const [run] = await db.select().from(runs).where(eq(runs.id, runId));
    if (!run || run.status === "done" || run.status === "failed") return;
    const [total] = await db
      .select({ n: count() })
      .from(documents)
      .where(eq(documents.status, "ready"));
    await db
      .update(runs)
      .set({
        status: "running",
        startedAt: run.startedAt ?? sql`now()`,
        documentsTotal: total?.n ?? 0,
        documentsIndexed: 0,
      })
      .where(eq(runs.id, runId));
    let after: string | null = null;
    for (;;) {
      const batch: { id: string }[] = await db
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.status, "ready"), after ? gt(documents.id, after) : undefined))
        .orderBy(asc(documents.id))
        .limit(BATCH);
      if (batch.length === 0) break;
      let done = 0;
      for (const { id } of batch) if (await reindexDocument(db, id)) done++;
      await db
        .update(runs)
        .set({ documentsIndexed: sql`${runs.documentsIndexed} + ${done}` })
        .where(eq(runs.id, runId));
      after = batch.at(-1)!.id;
    }
    await recountStatistics(db);
    await analyseIndex(db);
    await db
      .update(runs)
      .set({ status: "done", finishedAt: sql`now()`, error: null })
      .where(eq(runs.id, runId));
  },
  onGiveUp: async ({ db, job, error }) => {
    const { runId } = job.payload as { runId: string };
    await db
      .update(runs)
      .set({ status: "failed", finishedAt: sql`now()`, error: error.slice(0, 500) })
      .where(eq(runs.id, runId));
  },
};

const n = () => sql<number>`count(*)::int`;

/** What the search index holds and what is pending. */
export async function getSearchStatus({ ctx }: { ctx: UserCtx }): Promise<SearchStatusResponse> {
  await requirePlatformAdmin(ctx);
  const db = ctx.db;
  const [m] = await db
    .select({ all: n(), indexed: sql<number>`count(${messages.search})::int` })
    .from(messages);
  const [no] = await db
    .select({ all: n(), indexed: sql<number>`count(${notes.search})::int` })
    .from(notes);
  const [t] = await db
    .select({ all: n(), indexed: sql<number>`count(${liveTranscripts.search})::int` })
    .from(liveTranscripts);
  const docs = await db
    .select({ status: documents.status, n: n() })
    .from(documents)
    .groupBy(documents.status);
  const docCount = (status?: string) =>
    docs.filter((d) => !status || d.status === status).reduce((sum, d) => sum + d.n, 0);
  const [passages] = await db.select({ n: n() }).from(knowledgeChunks);
  const [postings] = await db.select({ n: n() }).from(knowledgePostings);
  const [terms] = await db.select({ n: n() }).from(knowledgeTerms);
  const [ingest] = await db
    .select({ n: n() })
    .from(jobs)
    .where(and(eq(jobs.kind, INGEST_JOB), inArray(jobs.status, ["queued", "running"])));
  const pending = await pendingRun(db);
  const [last] = await db
    .select()
    .from(runs)
    .where(inArray(runs.status, ["done", "failed"]))
    .orderBy(desc(runs.finishedAt))
    .limit(1);
  return {
    indexes: [
      { type: "messages", items: m?.all ?? 0, indexed: m?.indexed ?? 0, maintained_by: "database" },
      { type: "notes", items: no?.all ?? 0, indexed: no?.indexed ?? 0, maintained_by: "database" },
      {
        type: "transcripts",
        items: t?.all ?? 0,
        indexed: t?.indexed ?? 0,
        maintained_by: "database",
      },
      {
        type: "documents",
        items: docCount(),
        indexed: docCount("ready"),
        maintained_by: "ingestion",
      },
    ],
    knowledge: {
      passages: passages?.n ?? 0,
      postings: postings?.n ?? 0,
      terms: terms?.n ?? 0,
      documents_processing: docCount("processing"),
      documents_failed: docCount("failed"),
    },
    pending: { ingest_jobs: ingest?.n ?? 0, reindex: pending ? toRun(pending) : null },
    last_reindex: last ? toRun(last) : null,
  };
}
