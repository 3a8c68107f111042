import { bindRoute } from "@/server/http/registry";

export const { PUT } = bindRoute("/api/live/nickname");
