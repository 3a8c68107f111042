import { and, eq, lt } from "drizzle-orm";
import * as oauth from "oauth4webapi";
import { integrations, oauthStates } from "@/db/schema";
import { recordIntegrationChange } from "@/server/audit/record";
import type { AuthedCtx, Ctx } from "@/server/platform/context";
import { randomToken, sha256Hex } from "@/server/platform/crypto";
import { log } from "@/server/platform/logger";
import { seal, open } from "../secret-box";
import {
  allowsInsecure,
  authorizationServer,
  CALLBACK_PATH,
  GOOGLE_CALENDAR_SCOPES,
  PROVIDER_TIMEOUT_MS,
  requireGoogleSettings,
  type GoogleSettings,
} from "./config";
import { sealedTokenColumns } from "./token-store";

/** How long a started connection may take before its `state` is refused. */
export const STATE_TTL_SECONDS = 10 * 60;

export type ConnectResult = { authorization_url: string; state: string; expires_at: string };

export function oauthOptions(settings: GoogleSettings) {
  return {
    [oauth.allowInsecureRequests]: allowsInsecure(settings),
    signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
  };
}

export function oauthClient(settings: GoogleSettings) {
  return {
    client: { client_id: settings.clientId } satisfies oauth.Client,
    auth: oauth.ClientSecretPost(settings.clientSecret),
    as: authorizationServer(settings),
  };
}

/**
 * Starts the authorization code flow with PKCE: a single-use `state` bound to the caller,
 * valid STATE_TTL_SECONDS, and the provider's consent URL asking for offline access (a refresh
 * token) to the calendar scopes only.
 */
export async function connectGoogleCalendar({
  ctx,
  requestOrigin,
}: {
  ctx: AuthedCtx;
  /** The origin the browser reached this server at: the default redirect URI's. */
  requestOrigin: string;
}): Promise<ConnectResult> {
  const settings = requireGoogleSettings();
  const userId = ctx.actor.userId;
  const redirectUri = settings.redirectUri ?? `${requestOrigin}${CALLBACK_PATH}`;
  const state = randomToken(32);
  const stateHash = sha256Hex(state);
  const verifier = oauth.generateRandomCodeVerifier();
  const expiresAt = new Date(Date.now() + STATE_TTL_SECONDS * 1000);
  // A user's abandoned attempts go when they start another (the callback deletes used ones).
  await ctx.db
    .delete(oauthStates)
    .where(and(eq(oauthStates.userId, userId), lt(oauthStates.expiresAt, new Date())));
  await ctx.db.insert(oauthStates).values({
    stateHash,
    userId,
    provider: "google_calendar",
    codeVerifierEnc: seal(verifier, `oauth_states:${stateHash}`),
    redirectUri,
    expiresAt,
  });
  const url = new URL(settings.authorizeUrl);
  url.search = new URLSearchParams({
    client_id: settings.clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: GOOGLE_CALENDAR_SCOPES.join(" "),
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    access_type: "offline",
    // Consent every time, so a reconnect gets a fresh refresh token too.
    prompt: "consent",
    include_granted_scopes: "true",
  }).toString();
  return { authorization_url: url.href, state, expires_at: expiresAt.toISOString() };
}

export type CallbackOutcome =
  | { ok: true; accountEmail: string | null }
  | {
      ok: false;
      reason:
        | "sign_in_required"
        | "invalid_state"
        | "expired_state"
        | "access_denied"
        | "exchange_failed"
        | "not_configured";
    };

/**
 * Finishes the flow the provider redirected back with: the `state` must be one this same user
 * started, unused and unexpired (it is spent here, whatever follows), then the code is exchanged
 * with the PKCE verifier and the tokens stored sealed. Never throws for a bad callback: the
 * browser is sent back to the integrations page with the reason.
 */
export async function completeGoogleCalendarCallback({
  ctx,
  parameters,
}: {
  ctx: Ctx;
  parameters: URLSearchParams;
}): Promise<CallbackOutcome> {
  const state = parameters.get("state");
  if (ctx.actor.kind !== "user") return { ok: false, reason: "sign_in_required" };
  if (!state || state.length > 200) return { ok: false, reason: "invalid_state" };
  const userId = ctx.actor.userId;
  const stateHash = sha256Hex(state);
  // Deleting it is what makes it single-use: of two racing callbacks only one gets the row.
  const [started] = await ctx.db
    .delete(oauthStates)
    .where(
      and(
        eq(oauthStates.stateHash, stateHash),
        eq(oauthStates.userId, userId),
        eq(oauthStates.provider, "google_calendar"),
      ),
    )
    .returning();
  if (!started) return { ok: false, reason: "invalid_state" };
  if (started.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired_state" };
  const settings = (() => {
    try {
      return requireGoogleSettings();
    } catch {
      return null;
    }
  })();
  if (!settings) return { ok: false, reason: "not_configured" };
  const { as, client, auth } = oauthClient(settings);

  let callbackParameters: URLSearchParams;
  try {
    callbackParameters = oauth.validateAuthResponse(as, client, parameters, state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) {
      log.info("google calendar authorization refused", { error: error.error });
      return { ok: false, reason: "access_denied" };
    }
    return { ok: false, reason: "invalid_state" };
  }

  let tokens: oauth.TokenEndpointResponse;
  try {
    const verifier = open(started.codeVerifierEnc, `oauth_states:${stateHash}`);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      auth,
      callbackParameters,
      started.redirectUri,
      verifier,
      oauthOptions(settings),
    );
    tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
      requireIdToken: false,
    });
  } catch (error) {
    log.warn("google calendar code exchange failed", {
      error: error instanceof oauth.ResponseBodyError ? error.error : (error as Error).name,
    });
    return { ok: false, reason: "exchange_failed" };
  }

  const claims = oauth.getValidatedIdTokenClaims(tokens);
  const accountEmail = typeof claims?.email === "string" ? claims.email : null;
  const scopes = tokens.scope
    ? tokens.scope.split(" ").filter(Boolean)
    : [...GOOGLE_CALENDAR_SCOPES];
  const sealed = sealedTokenColumns(userId, tokens);
  const now = new Date();
  const [row] = await ctx.db
    .insert(integrations)
    .values({
      userId,
      provider: "google_calendar",
      status: "active",
      accountEmail,
      scopes,
      ...sealed,
      lastError: null,
      connectedAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [integrations.userId, integrations.provider],
      set: {
        status: "active",
        accountEmail,
        scopes,
        ...sealed,
        lastError: null,
        connectedAt: now,
        updatedAt: now,
      },
    })
    .returning({ id: integrations.id });
  await recordIntegrationChange(ctx, {
    kind: "connected",
    provider: "google_calendar",
    integrationId: row!.id,
    details: { account: accountEmail, scopes },
  });
  return { ok: true, accountEmail };
}
