import { bindRoute } from "@/server/http/registry";

export const { POST } = bindRoute("/api/xel/evaluate");
