import { bindRoute } from "@/server/http/registry";

export const { GET } = bindRoute("/api/live/transcripts/{transcript_id}");
