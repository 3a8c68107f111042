import { eq, isNull, ne, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { documents, knowledgeChunks } from "@/db/schema";
import { knowledgeEmbedder, passageText } from "./embeddings";

export const EMBED_BACKFILL_JOB = "knowledge.embed";

/** Passages embedded per statement, and how long one run of the recurring job goes on. */
const BATCH = 16;
const RUN_SECONDS = 40;

/**
 * Gives vectors of the configured model to passages that have none or another model's: those
 * indexed before embeddings were turned on or the model changed. Runs as a recurring job, a
 * bounded spell at a time, so a large knowledge base fills in over minutes without holding a job
 * for long; new uploads are embedded by their ingestion. Answers how many passages it embedded.
 */
export async function backfillEmbeddings(db: Db, runSeconds = RUN_SECONDS): Promise<number> {
  const embedder = knowledgeEmbedder();
  if (!embedder) return 0;
  const until = performance.now() + runSeconds * 1000;
  let done = 0;
  while (performance.now() < until) {
    const batch = await db
      .select({
        id: knowledgeChunks.id,
        content: knowledgeChunks.content,
        heading: knowledgeChunks.heading,
        title: documents.title,
      })
      .from(knowledgeChunks)
      .innerJoin(documents, eq(documents.id, knowledgeChunks.documentId))
      .where(
        or(
          isNull(knowledgeChunks.embeddingModel),
          ne(knowledgeChunks.embeddingModel, embedder.name),
        ),
      )
      .limit(BATCH);
    if (batch.length === 0) break;
    const vectors = await embedder.embed(
      batch.map((c) => passageText(c.title, c.heading, c.content)),
      "passage",
    );
    // One statement per passage; a passage re-indexed meanwhile has a new id and is left alone.
    await db.transaction(async (tx) => {
      for (const [i, c] of batch.entries())
        await tx
          .update(knowledgeChunks)
          .set({ embedding: Array.from(vectors[i]!), embeddingModel: embedder.name })
          .where(eq(knowledgeChunks.id, c.id));
    });
    done += batch.length;
  }
  return done;
}
