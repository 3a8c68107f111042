import { googleCalendarCallback } from "@/server/integrations/google/callback-route";

// A browser redirect from the provider, not a JSON operation: see callback-route.ts.
export const GET = googleCalendarCallback;
