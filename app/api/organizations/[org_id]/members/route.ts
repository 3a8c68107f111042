import { bindRoute } from "@/server/http/registry";

export const { GET, POST } = bindRoute("/api/organizations/{org_id}/members");
