import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { auditEvents, users, type AuditEventRow } from "@/db/schema";
import { requireMembership } from "@/server/organizations/access";
import type { AuthedCtx } from "@/server/platform/context";
import { decodeCursor, toPage, type Page } from "@/server/platform/pagination";
import type { AuditAction } from "./record";
import type { AuditEventResponse, AuditLogQuery } from "./schemas";

const actor = alias(users, "actor");
const targetUser = alias(users, "target_user");

type Row = { event: AuditEventRow; actorUsername: string | null; targetUsername: string | null };

function toResponse({ event, actorUsername, targetUsername }: Row): AuditEventResponse {
  return {
    id: event.id,
    action: event.action as AuditAction,
    result: event.result,
    created_at: event.createdAt.toISOString(),
    actor_id: event.actorUserId,
    actor_username: actorUsername,
    api_key_id: event.actorApiKeyId,
    target_type: event.targetType,
    target_id: event.targetId,
    target_username: targetUsername,
    ip_address: event.ipAddress,
    user_agent: event.userAgent,
    details: event.details,
  };
}

/**
 * An organization's audit log, newest first, for its admins and owners (members get 403,
 * non-members 404, as for every organization URL). Filters narrow it by action, actor, result
 * and time; the keyset cursor stays right while new events arrive.
 */
export async function listAuditEvents({
  ctx,
  orgId,
  input,
}: {
  ctx: AuthedCtx;
  orgId: string;
  input: AuditLogQuery;
}): Promise<Page<AuditEventResponse>> {
  await requireMembership(ctx, orgId, "audit_log.read");
  const after = decodeCursor(input.cursor, "timestamp");
  const rows = await ctx.db
    .select({
      event: auditEvents,
      actorUsername: actor.username,
      targetUsername: targetUser.username,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorUserId))
    .leftJoin(
      targetUser,
      and(
        eq(auditEvents.targetType, "user"),
        eq(sql`${targetUser.id}::text`, auditEvents.targetId),
      ),
    )
    .where(
      and(
        eq(auditEvents.organizationId, orgId),
        input.action ? eq(auditEvents.action, input.action) : undefined,
        input.actor_id ? eq(auditEvents.actorUserId, input.actor_id) : undefined,
        input.result ? eq(auditEvents.result, input.result) : undefined,
        input.since ? gte(auditEvents.createdAt, new Date(input.since)) : undefined,
        input.until ? lt(auditEvents.createdAt, new Date(input.until)) : undefined,
        after
          ? sql`(${auditEvents.createdAt}, ${auditEvents.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, toResponse, (r) => [
    r.event.createdAt.toISOString(),
    r.event.id,
  ]);
}
