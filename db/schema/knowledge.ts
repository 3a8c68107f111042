import {
  bigint,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { organizations } from "./organizations";
import { users } from "./users";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

export const DOCUMENT_STATUSES = ["processing", "ready", "failed"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** A user's uploaded document: private, or shared with one organization the owner belongs to. */
export const documents = pgTable(
  "documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    title: text().notNull(),
    filename: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    status: text({ enum: DOCUMENT_STATUSES }).notNull().default("processing"),
    /** Why ingestion failed, in words for the person who uploaded it. */
    error: text(),
    chunkCount: integer().notNull().default(0),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    // Serves a user's document list, newest first, keyset-paginated.
    index("documents_user_created_idx").on(t.userId, t.createdAt.desc(), t.id.desc()),
    // Serves an organization's shared documents.
    index("documents_organization_created_idx").on(
      t.organizationId,
      t.createdAt.desc(),
      t.id.desc(),
    ),
  ],
);

/** The uploaded bytes, apart from the row so lists never read them; any instance can ingest. */
export const documentFiles = pgTable("document_files", {
  documentId: uuid()
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  data: bytea().notNull(),
});

/** A passage of a document: what search ranks and answers cite. */
export const knowledgeChunks = pgTable(
  "knowledge_chunks",
  {
    id: uuid().primaryKey().defaultRandom(),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    ordinal: integer().notNull(),
    content: text().notNull(),
    heading: text(),
    page: integer(),
    /** Indexed length (terms, title weight included): BM25's document length. */
    length: integer().notNull(),
    /**
     * The passage's unit vector from the embedding model named beside it, when one is configured
     * (KNOWLEDGE_EMBEDDINGS); search reranks by it only where the model is the one in use.
     */
    embedding: real().array(),
    embeddingModel: text(),
  },
  (t) => [index("knowledge_chunks_document_idx").on(t.documentId, t.ordinal)],
);

/**
 * The inverted index: one row per (term, chunk) with the BM25 term-frequency part precomputed
 * (`impact`); idf is applied at query time from knowledge_terms. Owner and organization are
 * repeated here so a query reads only the postings the caller may see, best first.
 */
export const knowledgePostings = pgTable(
  "knowledge_postings",
  {
    term: text().notNull(),
    chunkId: uuid()
      .notNull()
      .references(() => knowledgeChunks.id, { onDelete: "cascade" }),
    documentId: uuid().notNull(),
    userId: uuid().notNull(),
    organizationId: uuid(),
    /** Weighted term frequency (title occurrences count more). */
    tf: real().notNull(),
    impact: real().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.term, t.chunkId] }),
    // The impact-ordered scans of a term (owner's, organization's) are covering indexes with
    // INCLUDE, written by hand in the knowledge_postings_impact migration.
    // Serves the term vectors of top passages (feedback) and re-sharing a document.
    index("knowledge_postings_chunk_idx").on(t.chunkId),
    index("knowledge_postings_document_idx").on(t.documentId),
  ],
);

/** Document frequency per term (in chunks), for idf. */
export const knowledgeTerms = pgTable("knowledge_terms", {
  term: text().primaryKey(),
  df: integer().notNull(),
});

/** Corpus totals for BM25: one row (id 1). */
export const knowledgeStats = pgTable("knowledge_stats", {
  id: integer().primaryKey(),
  chunks: bigint({ mode: "number" }).notNull(),
  totalLength: bigint({ mode: "number" }).notNull(),
});

export type DocumentRow = typeof documents.$inferSelect;
export type ChunkRow = typeof knowledgeChunks.$inferSelect;
