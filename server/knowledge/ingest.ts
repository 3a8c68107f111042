import { eq, sql } from "drizzle-orm";
import { documentFiles, documents } from "@/db/schema";
import type { JobHandler } from "@/server/jobs/types";
import { log } from "@/server/platform/logger";
import { knowledgeEmbedder, passageText } from "./embeddings";
import { extractBlocks, ExtractionError, type AcceptedType } from "./extract";
import { indexDocument, type PassageVectors } from "./indexing";
import { chunkBlocks, type Chunk } from "./ranking/chunk";

export const INGEST_JOB = "knowledge.ingest";

/**
 * Extracts, chunks and indexes one document. Idempotent: it starts from the stored file and
 * replaces whatever an interrupted attempt left. A reason the owner can act on (a scan, a
 * password, an empty file) fails the document at once; anything else is retried by the runner.
 */
export const ingestDocument: JobHandler = {
  maxAttempts: 3,
  run: async ({ db, job }) => {
    const { documentId } = job.payload as { documentId: string };
    const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
    if (!doc || doc.status !== "processing") return; // deleted, or finished by an earlier attempt
    const [file] = await db
      .select()
      .from(documentFiles)
      .where(eq(documentFiles.documentId, documentId));
    if (!file) return;
    let chunks;
    try {
      chunks = chunkBlocks(await extractBlocks(file.data, doc.contentType as AcceptedType));
    } catch (error) {
      if (!(error instanceof ExtractionError)) throw error;
      await db
        .update(documents)
        .set({ status: "failed", error: error.message, chunkCount: 0, updatedAt: sql`now()` })
        .where(eq(documents.id, documentId));
      return;
    }
    const embedded = await embedPassages(doc.title, chunks);
    await db.transaction(async (tx) => {
      // Locks the row: a delete waits, and one that came first leaves nothing to index.
      const [current] = await tx
        .select()
        .from(documents)
        .where(eq(documents.id, documentId))
        .for("update");
      if (!current || current.status !== "processing") return;
      await indexDocument(tx, current, chunks, embedded);
      await tx
        .update(documents)
        .set({ status: "ready", error: null, chunkCount: chunks.length, updatedAt: sql`now()` })
        .where(eq(documents.id, documentId));
    });
  },
  onGiveUp: async ({ db, job }) => {
    const { documentId } = job.payload as { documentId: string };
    await db
      .update(documents)
      .set({
        status: "failed",
        error:
          "Processing this document failed several times. Try again; if it keeps failing, the file may be unusual.",
        updatedAt: sql`now()`,
      })
      .where(eq(documents.id, documentId));
  },
};

/**
 * The passages' vectors when an embedding model is configured. Embedding is the slow part
 * (≈0.3 s a passage), so it runs before the indexing transaction, on the model's thread. The model
 * is optional: if it fails, the document is indexed without vectors (its words still find it) and
 * the backfill job gives them later.
 */
async function embedPassages(title: string, chunks: Chunk[]): Promise<PassageVectors | undefined> {
  const embedder = knowledgeEmbedder();
  if (!embedder || chunks.length === 0) return undefined;
  try {
    const texts = chunks.map((c) => passageText(title, c.heading, c.content));
    return { model: embedder.name, vectors: await embedder.embed(texts, "passage") };
  } catch (error) {
    log.warn("document indexed without embeddings", { error });
    return undefined;
  }
}
