// A local stand-in for Google: an OAuth 2.0 server (oauth2-mock-server: authorize, token with
// PKCE checks, revoke) plus the two Calendar API calls the app makes, checking the bearer token
// the OAuth server signed. Used by the vitest flow tests and, as a process (mock-google-server.ts),
// by the Playwright journey. Nothing reaches the internet.
// Run by Node directly too (e2e), so: relative imports only, and type-strippable TypeScript.
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import * as jose from "jose";
import { OAuth2Server } from "oauth2-mock-server";

export type MockEvent = {
  id: string;
  summary: string;
  description?: string;
  start: { dateTime?: string; date?: string };
  end: { dateTime?: string; date?: string };
  htmlLink: string;
};

export type MockGoogle = {
  url: string;
  /** The environment that points the app at this server. */
  env: Record<string, string>;
  events: MockEvent[];
  /** Grant types the token endpoint answered, in order ("authorization_code", "refresh_token"). */
  grants: string[];
  /** Calls the revocation endpoint received. */
  revocations: number;
  /** Sees every successful token response (a test looks for these tokens in a dump). */
  onTokenResponse?: (response: { body: Record<string, unknown> }) => void;
  /** The email the ID token names. */
  email: string;
  /** The next refresh is refused with `invalid_grant` (a grant revoked at Google). */
  failNextRefresh: () => void;
  /** The next authorization is denied by the user. */
  denyNextConsent: () => void;
  /** Every access token issued so far stops working at the Calendar API. */
  invalidateAccessTokens: () => void;
  stop: () => Promise<void>;
};

const CLIENT_ID = "xentree-test-client";
const CLIENT_SECRET = "xentree-test-secret";
const GRANTED_SCOPE = "openid email https://www.googleapis.com/auth/calendar.events";

function json(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(body));
}

export async function startMockGoogle(port = 0): Promise<MockGoogle> {
  const server = new OAuth2Server();
  await server.issuer.keys.generate("RS256");
  await server.start(port, "127.0.0.1");
  // The address it listens on (the library would say "localhost", which may resolve to ::1).
  const url = `http://127.0.0.1:${server.address().port}`;
  server.issuer.url = url;
  const keys = jose.createLocalJWKSet({ keys: server.issuer.keys.toJSON() as jose.JWK[] });
  let notBefore = 0;
  const state: MockGoogle = {
    url,
    env: {
      GOOGLE_CLIENT_ID: CLIENT_ID,
      GOOGLE_CLIENT_SECRET: CLIENT_SECRET,
      GOOGLE_OAUTH_ISSUER: url,
      GOOGLE_OAUTH_AUTHORIZE_URL: `${url}/authorize`,
      GOOGLE_OAUTH_TOKEN_URL: `${url}/token`,
      GOOGLE_OAUTH_REVOKE_URL: `${url}/revoke`,
      GOOGLE_CALENDAR_API_URL: `${url}/calendar/v3`,
    },
    events: [],
    grants: [],
    revocations: 0,
    email: "learner@example.com",
    failNextRefresh: () => {
      failRefresh = true;
    },
    denyNextConsent: () => {
      server.service.once("beforeAuthorizeRedirect", (redirect: { url: URL }) => {
        redirect.url.searchParams.delete("code");
        redirect.url.searchParams.set("error", "access_denied");
      });
    },
    invalidateAccessTokens: () => {
      notBefore = Math.floor(Date.now() / 1000) + 1;
    },
    stop: () => server.stop(),
  };
  let failRefresh = false;

  server.service.on(
    "beforeTokenSigning",
    (token: { payload: Record<string, unknown> }, req: IncomingMessage & { body?: unknown }) => {
      token.payload.email = state.email;
      token.payload.email_verified = true;
      // Tokens of one second share `iat`; a counter tells a refreshed token from its predecessor.
      token.payload.n = randomUUID();
      void req;
    },
  );
  server.service.on(
    "beforeResponse",
    (
      response: { body: Record<string, unknown>; statusCode: number },
      req: IncomingMessage & { body?: Record<string, string> },
    ) => {
      const grant = req.body?.grant_type ?? "unknown";
      if (grant === "refresh_token" && failRefresh) {
        failRefresh = false;
        response.statusCode = 400;
        response.body = { error: "invalid_grant", error_description: "Token has been revoked." };
        return;
      }
      state.grants.push(grant);
      response.body.scope = GRANTED_SCOPE;
      // Google sends a refresh token with the code exchange only, not with a refresh.
      if (grant === "refresh_token") delete response.body.refresh_token;
      state.onTokenResponse?.(response);
      delete response.body.id_token_hint;
    },
  );
  server.service.on("beforeRevoke", () => {
    state.revocations += 1;
  });

  const authorized = async (req: IncomingMessage): Promise<boolean> => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!token) return false;
    try {
      const { payload } = await jose.jwtVerify(token, keys, { issuer: url });
      return (payload.iat ?? 0) >= notBefore;
    } catch {
      return false;
    }
  };

  server.service.addRoute(
    "GET",
    "/calendar/v3/calendars/primary/events",
    async (req: IncomingMessage & { query?: Record<string, unknown> }, res: ServerResponse) => {
      if (!(await authorized(req))) return json(res, 401, { error: { code: 401 } });
      const from = req.query?.timeMin ? new Date(String(req.query.timeMin)).getTime() : 0;
      const max = Number(req.query?.maxResults ?? 250);
      const items = state.events
        .filter((e) => new Date(e.start.dateTime ?? e.start.date!).getTime() >= from)
        .sort((a, b) => (a.start.dateTime ?? "").localeCompare(b.start.dateTime ?? ""))
        .slice(0, max);
      json(res, 200, { kind: "calendar#events", items });
    },
  );
  server.service.addRoute(
    "POST",
    "/calendar/v3/calendars/primary/events",
    async (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => {
      if (!(await authorized(req))) return json(res, 401, { error: { code: 401 } });
      const body = req.body as Omit<MockEvent, "id" | "htmlLink">;
      if (!body?.summary || !body.start || !body.end)
        return json(res, 400, { error: { code: 400 } });
      const id = randomUUID().replace(/-/g, "");
      const event: MockEvent = { ...body, id, htmlLink: `${url}/calendar/event?eid=${id}` };
      state.events.push(event);
      json(res, 200, event);
    },
  );
  return state;
}
