import { authedProcedure, router } from "@/server/trpc/init";
import {
  deleteDocument,
  getDocument,
  listDocuments,
  retryDocument,
  updateDocument,
} from "./documents";
import {
  DocumentPage,
  DocumentParams,
  DocumentResponse,
  DocumentsQuery,
  DocumentUpdateRequest,
  KnowledgeSearchRequest,
  KnowledgeSearchResponse,
} from "./schemas";
import { searchKnowledge } from "./search";

// Uploads go over POST /api/knowledge/documents (multipart, with upload progress); the rest is here.
const one = authedProcedure.input(DocumentParams);

export const knowledgeRouter = router({
  list: authedProcedure
    .input(DocumentsQuery)
    .output(DocumentPage)
    .query(({ ctx, input }) => listDocuments({ ctx, input })),
  get: one
    .output(DocumentResponse)
    .query(({ ctx, input }) => getDocument({ ctx, documentId: input.document_id })),
  update: one
    .input(DocumentUpdateRequest)
    .output(DocumentResponse)
    .mutation(({ ctx, input }) => updateDocument({ ctx, documentId: input.document_id, input })),
  retry: one
    .output(DocumentResponse)
    .mutation(({ ctx, input }) => retryDocument({ ctx, documentId: input.document_id })),
  delete: one.mutation(({ ctx, input }) => deleteDocument({ ctx, documentId: input.document_id })),
  search: authedProcedure
    .input(KnowledgeSearchRequest)
    .output(KnowledgeSearchResponse)
    .query(({ ctx, input }) => searchKnowledge({ ctx, input })),
});
