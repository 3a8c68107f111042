import { bindRoute } from "@/server/http/registry";

export const { POST } = bindRoute("/api/xel/tasks/{task_id}/submit");
