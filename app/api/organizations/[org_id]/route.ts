import { bindRoute } from "@/server/http/registry";

export const { GET, PATCH, DELETE } = bindRoute("/api/organizations/{org_id}");
