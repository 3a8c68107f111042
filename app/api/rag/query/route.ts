import { bindRoute } from "@/server/http/registry";

export const { POST } = bindRoute("/api/rag/query");
