import { bindRoute } from "@/server/http/registry";

export const { PATCH, PUT, DELETE } = bindRoute("/api/organizations/{org_id}/members/{user_id}");
