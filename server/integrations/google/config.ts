import type * as oauth from "oauth4webapi";
import { getEnv, type Env } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";

export const CALLBACK_PATH = "/api/integrations/google-calendar/callback";

/**
 * What Google Calendar needs: read and write the user's events, and who the account is (`openid
 * email`, for the account shown on the integrations page). No access to Drive, Gmail or contacts.
 */
export const GOOGLE_CALENDAR_SCOPES = [
  "openid",
  "email",
  "https://www.googleapis.com/auth/calendar.events",
] as const;

export type GoogleSettings = {
  clientId: string;
  clientSecret: string;
  /** Fixed by configuration, else the origin of the request that starts the flow + CALLBACK_PATH. */
  redirectUri: string | null;
  issuer: string;
  authorizeUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  calendarApiUrl: string;
};

/** The settings an environment gives, or null when the operator has not configured a client. */
export function googleSettingsFrom(env: Env): GoogleSettings | null {
  if (!env.GOOGLE_CLIENT_ID || !env.GOOGLE_CLIENT_SECRET) return null;
  return {
    clientId: env.GOOGLE_CLIENT_ID,
    clientSecret: env.GOOGLE_CLIENT_SECRET,
    redirectUri: env.GOOGLE_REDIRECT_URI ?? null,
    issuer: env.GOOGLE_OAUTH_ISSUER,
    authorizeUrl: env.GOOGLE_OAUTH_AUTHORIZE_URL,
    tokenUrl: env.GOOGLE_OAUTH_TOKEN_URL,
    revokeUrl: env.GOOGLE_OAUTH_REVOKE_URL,
    calendarApiUrl: env.GOOGLE_CALENDAR_API_URL.replace(/\/+$/, ""),
  };
}

// Tests point the provider at a local OAuth server started on a free port, after the environment
// was read: `undefined` means "from the environment", `null` "not configured".
let override: GoogleSettings | null | undefined;

export function overrideGoogleSettings(settings: GoogleSettings | null | undefined): void {
  override = settings;
}

export function googleSettings(): GoogleSettings | null {
  return override === undefined ? googleSettingsFrom(getEnv()) : override;
}

export function requireGoogleSettings(): GoogleSettings {
  const settings = googleSettings();
  if (!settings) {
    throw new AppError(
      "integration_not_configured",
      "Google Calendar is not set up on this server: an operator sets GOOGLE_CLIENT_ID and " +
        "GOOGLE_CLIENT_SECRET (see docs/integrations.md)",
    );
  }
  return settings;
}

/** The provider as oauth4webapi describes it. */
export function authorizationServer(settings: GoogleSettings): oauth.AuthorizationServer {
  return {
    issuer: settings.issuer,
    authorization_endpoint: settings.authorizeUrl,
    token_endpoint: settings.tokenUrl,
    revocation_endpoint: settings.revokeUrl,
  };
}

/** Plain http is allowed only to this machine (the local OAuth server of tests and development). */
export function allowsInsecure(settings: GoogleSettings): boolean {
  const urls = [settings.tokenUrl, settings.revokeUrl, settings.calendarApiUrl].map(
    (u) => new URL(u),
  );
  const plain = urls.filter((u) => u.protocol === "http:");
  return (
    plain.length > 0 && plain.every((u) => ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname))
  );
}

/** Every call to the provider gives up after this long: a slow provider never hangs a request. */
export const PROVIDER_TIMEOUT_MS = 10_000;
