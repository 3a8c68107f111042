import { bindRoute } from "@/server/http/registry";

export const { GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS } = bindRoute(
  "/api/organizations/{org_id}/audit-log",
);
