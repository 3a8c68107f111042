import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { knowledgeChunks, type DocumentRow } from "@/db/schema";
import type { Chunk } from "./ranking/chunk";
import { BM25 } from "./ranking/bm25";

/** Each passage's vector, in passage order, and the model that made them. */
export type PassageVectors = { model: string; vectors: Float32Array[] };

/**
 * Takes the corpus statistics' row lock first, so every transaction that changes the index locks
 * in one order (statistics, then terms) and none can deadlock another; indexing transactions
 * queue here while extraction and chunking, the slow part, stay parallel.
 */
async function lockStatistics(db: Db): Promise<void> {
  await db.execute(sql`
    insert into knowledge_stats (id, chunks, total_length)
    values (1, 0, 0) on conflict (id) do nothing`);
  await db.execute(sql`select 1 from knowledge_stats where id = 1 for update`);
}

/**
 * Removes a document's passages and their postings, and takes them out of the corpus statistics
 * (document frequencies, passage count and length). Terms are updated in term order, so two
 * transactions indexing at once lock them in the same order and cannot deadlock on them.
 */
export async function unindexDocument(db: Db, documentId: string): Promise<void> {
  await lockStatistics(db);
  await db.execute(sql`
    update knowledge_terms t set df = t.df - d.n
    from (select term, count(*)::int as n from knowledge_postings
          where document_id = ${documentId} group by term order by term) d
    where t.term = d.term`);
  await db.execute(sql`
    update knowledge_stats set
      chunks = chunks - s.n, total_length = total_length - s.len
    from (select count(*)::bigint as n, coalesce(sum(length), 0)::bigint as len
          from knowledge_chunks where document_id = ${documentId}) s
    where id = 1`);
  await db.delete(knowledgeChunks).where(eq(knowledgeChunks.documentId, documentId));
}

/**
 * Stores a document's passages and indexes them: Postgres's English analyser (stemming, stop
 * words; the same on PGlite) turns each passage into terms; the title and heading count as a
 * field weighted BM25.titleWeight (BM25F-style); each posting keeps the term's BM25 tf part,
 * normalised by the corpus's average passage length as it stands now.
 */
export async function indexDocument(
  db: Db,
  doc: DocumentRow,
  chunks: Chunk[],
  embedded?: PassageVectors,
): Promise<void> {
  await unindexDocument(db, doc.id);
  if (chunks.length === 0) return;
  await db.insert(knowledgeChunks).values(
    chunks.map((c, ordinal) => ({
      documentId: doc.id,
      ordinal,
      content: c.content,
      heading: c.heading,
      page: c.page,
      length: 0,
      embedding: embedded ? Array.from(embedded.vectors[ordinal]!) : null,
      embeddingModel: embedded?.model ?? null,
    })),
  );
  await db.execute(sql`
    create temporary table if not exists knowledge_tf (chunk_id uuid, term text, tf real) on commit drop`);
  await db.execute(sql`delete from knowledge_tf`);
  await db.execute(sql`
    insert into knowledge_tf
    select c.id, t.lexeme, sum(t.w)
    from knowledge_chunks c
    cross join lateral (
      select lexeme, coalesce(array_length(positions, 1), 1)::real * ${BM25.titleWeight}::real as w
      from unnest(to_tsvector('english', ${doc.title} || ' ' || coalesce(c.heading, '')))
      union all
      select lexeme, coalesce(array_length(positions, 1), 1)::real
      from unnest(to_tsvector('english', c.content))
    ) t
    where c.document_id = ${doc.id}
    group by c.id, t.lexeme`);
  await db.execute(sql`
    update knowledge_chunks c set length = l.len
    from (select chunk_id, ceil(sum(tf))::int as len from knowledge_tf group by chunk_id) l
    where c.id = l.chunk_id`);
  // The average length the impacts are normalised by: the corpus's, or this document's when the
  // corpus is empty.
  await db.execute(sql`
    with s as (
      select case when k.chunks > 0 then k.total_length::real / k.chunks
             else (select avg(length)::real from knowledge_chunks where document_id = ${doc.id}) end as avgdl
      from knowledge_stats k where k.id = 1
    )
    insert into knowledge_postings (term, chunk_id, document_id, user_id, organization_id, tf, impact)
    select t.term, t.chunk_id, ${doc.id}::uuid, ${doc.userId}::uuid, ${doc.organizationId}::uuid, t.tf,
           t.tf * ${BM25.k1 + 1}::real / (t.tf + ${BM25.k1}::real * (${1 - BM25.b}::real + ${BM25.b}::real * c.length / greatest(s.avgdl, 1)))
    from knowledge_tf t join knowledge_chunks c on c.id = t.chunk_id cross join s`);
  await db.execute(sql`
    insert into knowledge_terms (term, df)
    select term, count(*)::int from knowledge_tf group by term order by term
    on conflict (term) do update set df = knowledge_terms.df + excluded.df`);
  await db.execute(sql`
    update knowledge_stats set
      chunks = chunks + s.n, total_length = total_length + s.len
    from (select count(*)::bigint as n, coalesce(sum(length), 0)::bigint as len
          from knowledge_chunks where document_id = ${doc.id}) s
    where id = 1`);
}

/**
 * Refreshes the planner's statistics of the index tables. The impact-ordered scans need them:
 * with stale row counts after a bulk upload Postgres reads every posting of a term (a bitmap scan,
 * measured 400 ms at 10k passages) instead of the top ones from the covering index (3 ms).
 * Autovacuum does this too, but late under load; a recurring job makes it certain.
 */
export async function analyseIndex(db: Db): Promise<void> {
  await db.execute(sql`analyze knowledge_postings, knowledge_terms, knowledge_chunks`);
}
