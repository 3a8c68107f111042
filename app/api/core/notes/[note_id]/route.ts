import { bindRoute } from "@/server/http/registry";

export const { PUT, DELETE } = bindRoute("/api/core/notes/{note_id}");
