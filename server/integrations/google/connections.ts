import { and, eq } from "drizzle-orm";
import * as oauth from "oauth4webapi";
import { integrations, type IntegrationRow } from "@/db/schema";
import { recordIntegrationChange } from "@/server/audit/record";
import type { AuthedCtx } from "@/server/platform/context";
import { log } from "@/server/platform/logger";
import type { IntegrationItem, IntegrationList } from "../schemas";
import { googleSettings } from "./config";
import { oauthClient, oauthOptions } from "./oauth";
import { openAccessToken, openRefreshToken } from "./token-store";

function toItem(row: IntegrationRow): IntegrationItem {
  return {
    provider: row.provider,
    status: row.status,
    account_email: row.accountEmail,
    scopes: row.scopes,
    connected_at: row.connectedAt.toISOString(),
    last_synced_at: row.lastSyncedAt?.toISOString() ?? null,
    error_message: row.status === "active" ? null : row.lastError,
  };
}

/** The caller's integrations (an API key: its creator's). */
export async function listIntegrations({ ctx }: { ctx: AuthedCtx }): Promise<IntegrationList> {
  const rows = await ctx.db
    .select()
    .from(integrations)
    .where(eq(integrations.userId, ctx.actor.userId))
    .orderBy(integrations.provider);
  return { items: rows.map(toItem) };
}

/** Asks the provider to revoke the grant; false when it could not (the tokens go anyway). */
async function revokeAtProvider(row: IntegrationRow): Promise<boolean> {
  const settings = googleSettings();
  if (!settings) return false;
  try {
    // Revoking the refresh token revokes the whole grant at Google.
    const token = row.refreshTokenEnc
      ? openRefreshToken(row.userId, row.refreshTokenEnc)
      : openAccessToken(row.userId, row.accessTokenEnc);
    const { as, client, auth } = oauthClient(settings);
    const response = await oauth.revocationRequest(as, client, auth, token, oauthOptions(settings));
    await oauth.processRevocationResponse(response);
    return true;
  } catch (error) {
    log.warn("google revocation failed", {
      error: error instanceof oauth.ResponseBodyError ? error.error : (error as Error).name,
    });
    return false;
  }
}

/**
 * Disconnects Google Calendar: the grant is revoked at Google when possible and the stored tokens
 * are deleted either way. Disconnecting what is not connected changes nothing (idempotent).
 */
export async function disconnectGoogleCalendar({ ctx }: { ctx: AuthedCtx }): Promise<void> {
  const [row] = await ctx.db
    .select()
    .from(integrations)
    .where(
      and(eq(integrations.userId, ctx.actor.userId), eq(integrations.provider, "google_calendar")),
    );
  if (!row) return;
  const revoked = await revokeAtProvider(row);
  const deleted = await ctx.db
    .delete(integrations)
    .where(and(eq(integrations.id, row.id), eq(integrations.userId, ctx.actor.userId)))
    .returning({ id: integrations.id });
  if (deleted.length === 0) return;
  await recordIntegrationChange(ctx, {
    kind: "disconnected",
    provider: "google_calendar",
    integrationId: row.id,
    details: { account: row.accountEmail, revoked_at_provider: revoked },
  });
}
