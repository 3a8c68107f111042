/**
 * Starts connecting Google Calendar from the browser: the REST door builds the consent URL for the
 * origin this page was reached at, then the browser goes there. Throws with the server's message.
 */
export async function startGoogleCalendarConnect(): Promise<void> {
  const response = await fetch("/api/integrations/google-calendar/connect", {
    method: "POST",
    headers: { accept: "application/json" },
  });
  const body = (await response.json().catch(() => ({}))) as {
    authorization_url?: string;
    detail?: { message?: string };
  };
  if (!response.ok || !body.authorization_url) {
    throw new Error(body.detail?.message ?? "Connecting could not start; try again");
  }
  window.location.assign(body.authorization_url);
}

/** What the callback's `?error=` means, in words. */
export const CALLBACK_ERRORS: Record<string, string> = {
  access_denied: "You did not allow access, so nothing was connected.",
  invalid_state:
    "That connection link was already used or is not yours. Start again from this page.",
  expired_state: "The connection took too long and expired. Start again.",
  exchange_failed: "Google did not confirm the connection. Try again in a moment.",
  sign_in_required: "Sign in first, then connect again.",
  not_configured: "Google Calendar is not set up on this server.",
  internal_error: "Something went wrong while connecting. Try again.",
};
