import { bindRoute } from "@/server/http/registry";

export const { DELETE } = bindRoute("/api/api-keys/{key_id}");
