import { bindRoute } from "@/server/http/registry";

export const { GET, PATCH } = bindRoute("/api/auth/me");
