import { bindRoute } from "@/server/http/registry";

export const { GET } = bindRoute("/api/organizations/{org_id}/audit-log");
