import { bindRoute } from "@/server/http/registry";

export const { GET } = bindRoute("/api/xel/evaluations/{evaluation_id}");
