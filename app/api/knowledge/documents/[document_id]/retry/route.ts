import { bindRoute } from "@/server/http/registry";

export const { POST } = bindRoute("/api/knowledge/documents/{document_id}/retry");
