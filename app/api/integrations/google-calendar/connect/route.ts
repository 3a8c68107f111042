import { bindRoute } from "@/server/http/registry";

export const { GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS } = bindRoute(
  "/api/integrations/google-calendar/connect",
);
