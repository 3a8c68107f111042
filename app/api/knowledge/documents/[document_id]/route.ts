import { bindRoute } from "@/server/http/registry";

export const { GET, PATCH, DELETE } = bindRoute("/api/knowledge/documents/{document_id}");
