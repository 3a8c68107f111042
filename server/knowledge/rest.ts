import { defineOperation } from "@/server/http/operation";
import {
  createDocument,
  deleteDocument,
  getDocument,
  listDocuments,
  retryDocument,
  updateDocument,
} from "./documents";
import { answerFromKnowledge } from "./rag";
import {
  DocumentPage,
  DocumentParams,
  DocumentResponse,
  DocumentsQuery,
  DocumentUpdateRequest,
  KnowledgeSearchRequest,
  KnowledgeSearchResponse,
  RagQueryRequest,
  RagQueryResponse,
  UPLOAD_LIMIT_BYTES,
  UploadFields,
} from "./schemas";
import { searchKnowledge } from "./search";

const tag = "Knowledge Base";
const read = { scope: "rag:read" } as const;
const write = { scope: "rag:write" } as const;
const ONE = "/api/knowledge/documents/{document_id}";

export const knowledgeOperations = [
  defineOperation({
    operationId: "searchKnowledge",
    method: "POST",
    path: "/api/knowledge/search",
    tag,
    summary: "Ranked passages of your documents for a query",
    description:
      "BM25 with a weighted title field and relevance feedback; any word of the query may match, " +
      "so questions in natural language work. Searches your documents and those shared with your " +
      "organizations (`scope`, `organization_id`, `document_ids` narrow it); an API key searches " +
      "its organization's shared documents.",
    auth: read,
    body: KnowledgeSearchRequest,
    response: { status: 200, description: "Passages, best first", schema: KnowledgeSearchResponse },
    errors: ["not_found"],
    handler: ({ ctx, body }) => searchKnowledge({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "uploadDocument",
    method: "POST",
    path: "/api/knowledge/documents",
    tag,
    summary: "Upload a document",
    description:
      "multipart/form-data with a `file` (plain text, Markdown, HTML, PDF or DOCX, 20 MiB at most), " +
      "optional `title` and `organization_id` (share with that organization). Answers at once with " +
      "`status: processing`; ingestion runs in the background and ends `ready`, or `failed` with " +
      "`error` saying why. Other formats: `415 unsupported_media_type` with `accepted_types`. " +
      "Past the plan's storage: `413 storage_limit_reached`.",
    auth: write,
    multipart: { maxBytes: UPLOAD_LIMIT_BYTES + 64 * 1024 },
    body: UploadFields,
    response: { status: 201, description: "The document, processing", schema: DocumentResponse },
    errors: ["not_found", "unsupported_media_type", "storage_limit_reached"],
    handler: async ({ ctx, body }) => {
      const file = body.file;
      const data = new Uint8Array(await file.arrayBuffer());
      return createDocument({
        ctx,
        input: {
          filename: file instanceof File ? file.name : "document",
          declaredType: file.type || null,
          data,
          title: body.title,
          organization_id: body.organization_id || null,
        },
      });
    },
  }),
  defineOperation({
    operationId: "listDocuments",
    method: "GET",
    path: "/api/knowledge/documents",
    tag,
    summary: "Documents you can read, newest first",
    auth: read,
    query: DocumentsQuery,
    response: { status: 200, description: "Documents", schema: DocumentPage },
    errors: [],
    handler: ({ ctx, query }) => listDocuments({ ctx, input: query }),
  }),
  defineOperation({
    operationId: "getDocument",
    method: "GET",
    path: ONE,
    tag,
    summary: "A document and its ingestion state",
    auth: read,
    params: DocumentParams,
    response: { status: 200, description: "The document", schema: DocumentResponse },
    errors: ["not_found"],
    handler: ({ ctx, params }) => getDocument({ ctx, documentId: params.document_id }),
  }),
  defineOperation({
    operationId: "updateDocument",
    method: "PATCH",
    path: ONE,
    tag,
    summary: "Rename a document or share it with an organization",
    description: "`organization_id: null` makes it private again. Only its uploader may change it.",
    auth: write,
    params: DocumentParams,
    body: DocumentUpdateRequest,
    response: { status: 200, description: "The document", schema: DocumentResponse },
    errors: ["not_found", "forbidden"],
    handler: ({ ctx, params, body }) =>
      updateDocument({ ctx, documentId: params.document_id, input: body }),
  }),
  defineOperation({
    operationId: "deleteDocument",
    method: "DELETE",
    path: ONE,
    tag,
    summary: "Delete a document and its passages",
    auth: write,
    params: DocumentParams,
    response: { status: 204, description: "Deleted" },
    errors: ["not_found", "forbidden"],
    handler: ({ ctx, params }) => deleteDocument({ ctx, documentId: params.document_id }),
  }),
  defineOperation({
    operationId: "retryDocument",
    method: "POST",
    path: `${ONE}/retry`,
    tag,
    summary: "Process a failed document again",
    auth: write,
    params: DocumentParams,
    response: { status: 200, description: "The document, processing", schema: DocumentResponse },
    errors: ["not_found", "forbidden", "conflict"],
    handler: ({ ctx, params }) => retryDocument({ ctx, documentId: params.document_id }),
  }),
  defineOperation({
    operationId: "ragQuery",
    method: "POST",
    path: "/api/rag/query",
    tag,
    summary: "An answer to a question from your documents, with citations",
    description:
      "Retrieves passages as the search does and has the model answer from them, citing [n]. " +
      "With no AI provider configured the offline tutor composes the answer from the passages.",
    auth: read,
    body: RagQueryRequest,
    response: { status: 200, description: "The answer and its sources", schema: RagQueryResponse },
    errors: ["not_found", "provider_unavailable"],
    handler: ({ ctx, body }) => answerFromKnowledge({ ctx, input: body }),
  }),
];
