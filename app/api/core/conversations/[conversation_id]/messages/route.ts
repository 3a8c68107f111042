import { bindRoute } from "@/server/http/registry";

export const { GET } = bindRoute("/api/core/conversations/{conversation_id}/messages");
