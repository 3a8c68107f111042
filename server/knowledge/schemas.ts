import { z } from "zod";
import { DOCUMENT_STATUSES } from "@/db/schema/knowledge";
import { pageOf, PageQuery } from "@/server/platform/pagination";

const Timestamp = z.iso.datetime().meta({ example: "2026-04-16T10:00:03.000Z" });

export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

export const DocumentResponse = z
  .object({
    id: z.uuid(),
    title: z.string(),
    filename: z.string(),
    content_type: z.string(),
    size_bytes: z.number().int(),
    status: z.enum(DOCUMENT_STATUSES),
    error: z.string().nullable().meta({ description: "Why ingestion failed, for people" }),
    chunk_count: z.number().int(),
    organization_id: z
      .uuid()
      .nullable()
      .meta({ description: "Shared with this organization; null: private" }),
    is_owner: z
      .boolean()
      .meta({ description: "The caller uploaded it (and may change or delete it)" }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "DocumentResponse" });
export type DocumentResponse = z.infer<typeof DocumentResponse>;

export const DocumentPage = pageOf(DocumentResponse, "DocumentPage");

export const DocumentsQuery = PageQuery.extend({
  status: z.enum(DOCUMENT_STATUSES).optional(),
  organization_id: z.uuid().optional(),
});
export type DocumentsQuery = z.infer<typeof DocumentsQuery>;

export const DocumentParams = z.object({ document_id: z.uuid() });

const Title = z.string().trim().min(1).max(300);
const OrganizationId = z.uuid().nullable().optional();

/** The multipart form's fields; `file` is read by the door (browser File or equivalent). */
export const UploadFields = z.object({
  file: z
    .instanceof(Blob, { message: "Attach the document as the `file` field" })
    .meta({ type: "string", format: "binary", description: "The document (20 MiB at most)" }),
  title: Title.optional().meta({ description: "Defaults to the file name" }),
  organization_id: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .meta({ description: "Share with this organization (you must belong to it)" }),
});

export type UploadInput = {
  filename: string;
  declaredType: string | null;
  data: Uint8Array;
  title?: string;
  organization_id?: string | null;
};

export const DocumentUpdateRequest = z
  .object({ title: Title.optional(), organization_id: OrganizationId })
  .meta({ id: "DocumentUpdateRequest" });
export type DocumentUpdateRequest = z.infer<typeof DocumentUpdateRequest>;

export const KnowledgeSearchRequest = z
  .object({
    query: z.string().trim().min(1, "Write a query").max(2000),
    limit: z.number().int().min(1).max(50).default(5),
    scope: z.enum(["all", "private", "organization"]).default("all"),
    organization_id: z.uuid().optional(),
    document_ids: z.array(z.uuid()).max(100).optional(),
  })
  .meta({ id: "KnowledgeSearchRequest" });
export type KnowledgeSearchRequest = z.input<typeof KnowledgeSearchRequest>;

export const KnowledgeSearchResult = z.object({
  document_id: z.uuid(),
  document_title: z.string(),
  chunk_id: z.uuid(),
  content: z.string(),
  snippet: z
    .string()
    .meta({ description: "The passage's best part, matched terms marked «like this»" }),
  score: z.number().meta({
    description:
      "Higher ranks first. BM25 with relevance feedback; where the server reranks by meaning (KNOWLEDGE_EMBEDDINGS), the fused rank score, 1 for a passage first by words and by meaning",
  }),
  location: z.string().nullable().meta({ description: '"Page 3", "Setup › Linux", or null' }),
});
export type KnowledgeSearchResult = z.infer<typeof KnowledgeSearchResult>;

export const KnowledgeSearchResponse = z
  .object({ query: z.string(), results: z.array(KnowledgeSearchResult), took_ms: z.number() })
  .meta({ id: "KnowledgeSearchResponse" });
export type KnowledgeSearchResponse = z.infer<typeof KnowledgeSearchResponse>;

export const RagQueryRequest = z
  .object({
    query: z.string().trim().min(1, "Write a question").max(4000),
    provider: z.string().default("auto"),
    model: z.string().optional(),
    limit: z.number().int().min(1).max(20).default(5),
    scope: z.enum(["all", "private", "organization"]).default("all"),
    organization_id: z.uuid().optional(),
    document_ids: z.array(z.uuid()).max(100).optional(),
  })
  .meta({ id: "RagQueryRequest" });
export type RagQueryRequest = z.input<typeof RagQueryRequest>;

export const RagCitation = z.object({
  document_id: z.uuid(),
  title: z.string(),
  chunk_id: z.uuid(),
  snippet: z.string(),
  location: z.string().nullable(),
  score: z.number(),
});

export const RagQueryResponse = z
  .object({
    query: z.string(),
    answer: z.string(),
    provider: z.string(),
    model: z.string(),
    citations: z.array(RagCitation),
  })
  .meta({ id: "RagQueryResponse" });
export type RagQueryResponse = z.infer<typeof RagQueryResponse>;
