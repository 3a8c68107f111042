import { bindRoute } from "@/server/http/registry";

export const { GET, PATCH, DELETE } = bindRoute("/api/core/conversations/{conversation_id}");
