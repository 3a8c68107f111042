import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { apiKeys, memberships, organizations, type ApiKeyRow } from "@/db/schema";
import { recordAudit } from "@/server/audit/record";
import { requireMembership } from "@/server/organizations/access";
import type { UserCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { decodeCursor, toPage, type Page } from "@/server/platform/pagination";
import { SCOPES, type Scope } from "@/server/platform/scopes";
import { generateApiKey } from "./key-format";
import type { ApiKeyResponse, CreateApiKeyRequest, ListApiKeysQuery } from "./schemas";

/** A key never carries more than its creator may do: `api:admin` (everything) is for owners. */
export function grantableScopes(role: string): Scope[] {
  return role === "owner" ? [...SCOPES] : SCOPES.filter((s) => s !== "api:admin");
}

/** The caller's membership of a key's organization (joined; absent if they left it). */
const callerMembership = (ctx: UserCtx) =>
  and(
    eq(memberships.organizationId, apiKeys.organizationId),
    eq(memberships.userId, ctx.actor.userId),
  );

/** Members see the keys they created; admins and owners see all of their organization's keys. */
const visibleToCaller = (ctx: UserCtx) =>
  or(eq(apiKeys.userId, ctx.actor.userId), inArray(memberships.role, ["owner", "admin"]));

function toResponse(key: ApiKeyRow, organizationName: string): ApiKeyResponse {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    tenant_id: key.tenantId,
    user_id: key.userId,
    organization_id: key.organizationId,
    organization_name: organizationName,
    permissions: key.permissions as Scope[],
    rate_limit_per_minute: key.rateLimitPerMinute,
    expires_at: key.expiresAt?.toISOString() ?? null,
    is_active: key.isActive,
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
    created_at: key.createdAt.toISOString(),
    allowed_ips: key.allowedIps,
  };
}

/** Creates a key for an organization the caller administers. Its value is answered this once. */
export async function createApiKey({
  ctx,
  input,
}: {
  ctx: UserCtx;
  input: CreateApiKeyRequest;
}): Promise<ApiKeyResponse> {
  const acting = await requireMembership(ctx, input.organization_id, "api_keys.manage");
  const allowed = grantableScopes(acting.role);
  const refused = input.permissions.filter((s) => !allowed.includes(s));
  if (refused.length > 0) {
    throw new AppError(
      "forbidden",
      `Your role (${acting.role}) cannot grant ${refused.join(", ")}`,
      {
        details: {
          issues: [
            { path: "permissions", message: `Your role cannot grant ${refused.join(", ")}` },
          ],
        },
      },
    );
  }
  const [org] = await ctx.db
    .select({ tenantId: organizations.tenantId, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, input.organization_id));
  if (!org) throw AppError.notFound("Organization");
  const key = generateApiKey();
  const [row] = await ctx.db
    .insert(apiKeys)
    .values({
      tenantId: org.tenantId,
      organizationId: input.organization_id,
      userId: ctx.actor.userId,
      name: input.name,
      keyHash: key.hash,
      prefix: key.prefix,
      permissions: input.permissions,
      rateLimitPerMinute: input.rate_limit_per_minute,
      expiresAt: input.expires_at ? new Date(input.expires_at) : null,
      allowedIps: input.allowed_ips,
    })
    .returning();
  await recordAudit(ctx, {
    action: "api_key.created",
    organizationId: input.organization_id,
    target: { type: "api_key", id: row!.id },
    details: { name: input.name, prefix: key.prefix, permissions: input.permissions },
  });
  return { ...toResponse(row!, org.name), key_value: key.value };
}

/**
 * The keys the caller may see: their own, and every key of the organizations they administer.
 * Newest first.
 */
export async function listApiKeys({
  ctx,
  input,
}: {
  ctx: UserCtx;
  input: ListApiKeysQuery;
}): Promise<Page<ApiKeyResponse>> {
  const after = decodeCursor(input.cursor, "timestamp");
  const rows = await ctx.db
    .select({ key: apiKeys, organizationName: organizations.name })
    .from(apiKeys)
    .innerJoin(organizations, eq(organizations.id, apiKeys.organizationId))
    .leftJoin(memberships, callerMembership(ctx))
    .where(
      and(
        visibleToCaller(ctx),
        input.organization_id ? eq(apiKeys.organizationId, input.organization_id) : undefined,
        after
          ? sql`(${apiKeys.createdAt}, ${apiKeys.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .limit(input.limit + 1);
  return toPage(
    rows,
    input.limit,
    (r) => toResponse(r.key, r.organizationName),
    (r) => [r.key.createdAt.toISOString(), r.key.id],
  );
}

/**
 * Revokes a key: it stops working with the next request. Its creator, or an admin or owner of its
 * organization, may; anyone else gets 404. Revoking twice is harmless.
 */
export async function revokeApiKey({ ctx, keyId }: { ctx: UserCtx; keyId: string }): Promise<void> {
  const [visible] = await ctx.db
    .select({
      id: apiKeys.id,
      organizationId: apiKeys.organizationId,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
    })
    .from(apiKeys)
    .leftJoin(memberships, callerMembership(ctx))
    .where(and(eq(apiKeys.id, keyId), visibleToCaller(ctx)));
  if (!visible) throw AppError.notFound("API key");
  const revoked = await ctx.db
    .update(apiKeys)
    .set({ isActive: false, revokedAt: sql`now()` })
    .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  // Revoking again changes nothing, so it records nothing either.
  if (revoked.length > 0) {
    await recordAudit(ctx, {
      action: "api_key.revoked",
      organizationId: visible.organizationId,
      target: { type: "api_key", id: keyId },
      details: { name: visible.name, prefix: visible.prefix },
    });
  }
}
