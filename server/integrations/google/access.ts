import { and, eq } from "drizzle-orm";
import * as oauth from "oauth4webapi";
import { integrations, type IntegrationRow } from "@/db/schema";
import { recordIntegrationChange } from "@/server/audit/record";
import type { AuthedCtx } from "@/server/platform/context";
import { log } from "@/server/platform/logger";
import { requireGoogleSettings } from "./config";
import { oauthClient, oauthOptions } from "./oauth";
import { openAccessToken, openRefreshToken, sealedTokenColumns } from "./token-store";

/** An access token this close to expiry is refreshed first. */
const EXPIRY_MARGIN_MS = 60_000;

export const RECONNECT_MESSAGE =
  "Google no longer accepts this connection (access was revoked or has expired): reconnect it";

/** Why a call to the calendar could not be made; `reconnect`: the user must connect again. */
export class CalendarUnavailable extends Error {
  constructor(
    message: string,
    readonly reconnect: boolean,
  ) {
    super(message);
    this.name = "CalendarUnavailable";
  }
}

export async function findGoogleConnection(ctx: AuthedCtx): Promise<IntegrationRow | null> {
  const [row] = await ctx.db
    .select()
    .from(integrations)
    .where(
      and(eq(integrations.userId, ctx.actor.userId), eq(integrations.provider, "google_calendar")),
    );
  return row ?? null;
}

/**
 * Turns the connection's status to `error` with the reason, and records it: the page then offers
 * "Reconnect". Never a silent failure.
 */
export async function markConnectionBroken(
  ctx: AuthedCtx,
  row: IntegrationRow,
  reason: string,
): Promise<void> {
  if (row.status === "error" && row.lastError === reason) return;
  await ctx.db
    .update(integrations)
    .set({ status: "error", lastError: reason, updatedAt: new Date() })
    .where(and(eq(integrations.id, row.id), eq(integrations.userId, ctx.actor.userId)));
  row.status = "error";
  row.lastError = reason;
  await recordIntegrationChange(ctx, {
    kind: "updated",
    provider: "google_calendar",
    integrationId: row.id,
    result: "failure",
    details: { status: "error", reason },
  });
}

/** Exchanges the refresh token for a new access token; `invalid_grant` breaks the connection. */
export async function refreshConnection(ctx: AuthedCtx, row: IntegrationRow): Promise<string> {
  const settings = requireGoogleSettings();
  if (!row.refreshTokenEnc) {
    await markConnectionBroken(ctx, row, RECONNECT_MESSAGE);
    throw new CalendarUnavailable(RECONNECT_MESSAGE, true);
  }
  const { as, client, auth } = oauthClient(settings);
  let tokens: oauth.TokenEndpointResponse;
  try {
    const response = await oauth.refreshTokenGrantRequest(
      as,
      client,
      auth,
      openRefreshToken(row.userId, row.refreshTokenEnc),
      oauthOptions(settings),
    );
    tokens = await oauth.processRefreshTokenResponse(as, client, response);
  } catch (error) {
    if (
      error instanceof oauth.ResponseBodyError &&
      ["invalid_grant", "unauthorized_client", "invalid_client"].includes(error.error)
    ) {
      await markConnectionBroken(ctx, row, RECONNECT_MESSAGE);
      throw new CalendarUnavailable(RECONNECT_MESSAGE, true);
    }
    log.warn("google token refresh failed", { error: (error as Error).name });
    throw new CalendarUnavailable("Google could not be reached; try again in a moment", false);
  }
  const sealed = sealedTokenColumns(row.userId, tokens);
  await ctx.db
    .update(integrations)
    .set({ ...sealed, updatedAt: new Date() })
    .where(and(eq(integrations.id, row.id), eq(integrations.userId, ctx.actor.userId)));
  Object.assign(row, sealed);
  return tokens.access_token;
}

/** A usable access token: the stored one, or a refreshed one when it is (about to be) expired. */
export async function accessTokenFor(ctx: AuthedCtx, row: IntegrationRow): Promise<string> {
  if (row.status !== "active") {
    throw new CalendarUnavailable(row.lastError ?? RECONNECT_MESSAGE, true);
  }
  const expired =
    row.accessExpiresAt !== null && row.accessExpiresAt.getTime() - EXPIRY_MARGIN_MS < Date.now();
  return expired ? refreshConnection(ctx, row) : openAccessToken(row.userId, row.accessTokenEnc);
}
