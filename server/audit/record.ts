import { auditEvents, type AuditResult } from "@/db/schema";
import type { Ctx } from "@/server/platform/context";

/** Every action the audit log knows; the UI and the REST filter offer exactly these. */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "api_key.created",
  "api_key.revoked",
  "member.added",
  "member.role_changed",
  "member.removed",
  "organization.deleted",
  "integration.connected",
  "integration.updated",
  "integration.disconnected",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Plain facts only (names, roles, reasons): never a secret, a token or a password. */
export type AuditDetails = Record<string, string | number | boolean | null | string[]>;

export type AuditEvent = {
  action: AuditAction;
  result?: AuditResult;
  organizationId?: string | null;
  target?: { type: string; id: string };
  details?: AuditDetails;
  /** Who acted when the caller is not signed in yet (a sign-in names the account it tried). */
  actorUserId?: string | null;
};

/**
 * Appends one event, with who (the ctx's actor, or `actorUserId`), when, and from where (the
 * client address and user agent of the request). Call it with the transaction of the change it
 * records where there is one, so the record and the change commit together.
 */
export async function recordAudit(ctx: Ctx, event: AuditEvent): Promise<void> {
  const actor = ctx.actor;
  await ctx.db.insert(auditEvents).values({
    action: event.action,
    result: event.result ?? "success",
    actorUserId: event.actorUserId ?? (actor.kind === "anonymous" ? null : actor.userId),
    actorApiKeyId: actor.kind === "apiKey" ? actor.keyId : null,
    organizationId: event.organizationId ?? null,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    ipAddress: ctx.request.ip || null,
    userAgent: ctx.request.userAgent?.slice(0, 512) ?? null,
    details: event.details ?? {},
  });
}

/**
 * For the integrations work: a connection added, changed (scopes, status) or removed. `provider`
 * is the integration's id (`google_calendar`); `details` may name the account, never its tokens.
 */
export function recordIntegrationChange(
  ctx: Ctx,
  change: {
    kind: "connected" | "updated" | "disconnected";
    provider: string;
    integrationId: string;
    organizationId?: string | null;
    result?: AuditResult;
    details?: AuditDetails;
  },
): Promise<void> {
  return recordAudit(ctx, {
    action: `integration.${change.kind}`,
    result: change.result,
    organizationId: change.organizationId,
    target: { type: "integration", id: change.integrationId },
    details: { provider: change.provider, ...change.details },
  });
}
