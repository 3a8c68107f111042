import { bindRoute } from "@/server/http/registry";

export const { PATCH, DELETE } = bindRoute("/api/organizations/{org_id}/teams/{team_id}");
