import { bindRoute } from "@/server/http/registry";

export const { GET } = bindRoute("/api/xp/streak-status");
