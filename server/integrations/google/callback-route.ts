import { getDb } from "@/db/client";
import { authenticate } from "@/server/auth/authenticate";
import { newRequestId } from "@/server/platform/crypto";
import { log } from "@/server/platform/logger";
import { requestInfo } from "@/server/platform/request-info";
import { completeGoogleCalendarCallback } from "./oauth";

/** Where the browser lands after the flow, with the outcome for the page's message. */
export const INTEGRATIONS_PAGE = "/integrations";

/**
 * `GET /api/integrations/google-calendar/callback`: where Google sends the browser back. It is a
 * browser redirect, not a JSON API (so it is outside the OpenAPI document): it always answers 303
 * to the integrations page, `?connected=google_calendar` or `?error=<reason>`. The signed-in
 * user (the Auth.js cookie) must be the one who started the flow.
 */
export async function googleCalendarCallback(request: Request): Promise<Response> {
  const requestId = newRequestId();
  let target: string;
  try {
    const db = await getDb();
    const { actor } = await authenticate(db, request);
    const outcome = await completeGoogleCalendarCallback({
      ctx: { db, actor, request: requestInfo(request, requestId) },
      parameters: new URL(request.url).searchParams,
    });
    target = outcome.ok
      ? `${INTEGRATIONS_PAGE}?connected=google_calendar`
      : `${INTEGRATIONS_PAGE}?error=${outcome.reason}`;
  } catch (error) {
    log.error("google calendar callback failed", {
      request_id: requestId,
      error: (error as Error).name,
    });
    target = `${INTEGRATIONS_PAGE}?error=internal_error`;
  }
  return new Response(null, {
    status: 303,
    headers: { location: target, "cache-control": "no-store", "x-request-id": requestId },
  });
}
