import { bindRoute } from "@/server/http/registry";

export const { GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS } = bindRoute(
  "/api/knowledge/documents/{document_id}/retry",
);
