import { bindRoute } from "@/server/http/registry";

export const { POST } = bindRoute(
  "/api/core/conversations/{conversation_id}/messages/{message_id}/stop",
);
