import { bindRoute } from "@/server/http/registry";

export const { GET, POST } = bindRoute("/api/live/transcripts");
