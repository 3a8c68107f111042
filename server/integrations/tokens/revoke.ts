import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { integrationTokens, users, type IntegrationTokenRow } from "@/db/schema";
import { recordIntegrationChange } from "@/server/audit/record";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { decodeCursor, toPage, type Page } from "@/server/platform/pagination";
import type {
  IssuedToken,
  Revocation,
  RevocationsQuery,
  RevokeRequest,
  TokenListQuery,
} from "../schemas";
import { claimsOf, peek } from "./claims";
import { MANAGE, resolveTenant } from "./tenancy";
import { isUuid } from "./verify";

function toRevocation(row: IntegrationTokenRow, username: string | null): Revocation {
  return {
    jti: row.jti,
    tenantId: row.tenantId,
    revokedAt: row.revokedAt!.toISOString(),
    revokedBy: row.revokedBy,
    revokedByUsername: username,
    reason: row.revokeReason ?? "",
    expiresAt: row.expiresAt.toISOString(),
    replacedBy: row.replacedBy,
  };
}

/**
 * Revokes a token by itself or by `jti` (with the tenant), for the tenant's admins. Stored by jti
 * and checked on every verification, so it counts at once. Revoking twice answers the first
 * revocation unchanged.
 */
export async function revokeIntegrationToken({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: RevokeRequest;
}): Promise<Revocation> {
  let jti = input.jti;
  let tenantId = input.tenantId;
  if (input.token !== undefined) {
    const peeked = peek(input.token);
    if (!isUuid(peeked?.claims.jti) || !isUuid(peeked?.claims.tid)) {
      throw new AppError("invalid_request", "This is not an integration token");
    }
    if (jti !== undefined && jti !== peeked.claims.jti) {
      throw new AppError("invalid_request", "The token and the jti name different tokens");
    }
    jti = peeked.claims.jti;
    tenantId ??= peeked.claims.tid;
  }
  const tenant = await resolveTenant(ctx, tenantId, MANAGE);
  const where = and(
    eq(integrationTokens.jti, jti!),
    eq(integrationTokens.tenantId, tenant.tenantId),
  );
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(integrationTokens).where(where).for("update");
    if (!row) throw AppError.notFound("Integration token");
    if (!row.revokedAt) {
      const [updated] = await tx
        .update(integrationTokens)
        .set({ revokedAt: new Date(), revokedBy: ctx.actor.userId, revokeReason: input.reason })
        .where(where)
        .returning();
      Object.assign(row, updated);
      await recordIntegrationChange(
        { ...ctx, db: tx },
        {
          kind: "disconnected",
          provider: "integration_token",
          integrationId: row.jti,
          organizationId: tenant.organizationId,
          details: { reason: input.reason },
        },
      );
    }
    const [by] = row.revokedBy
      ? await tx.select({ username: users.username }).from(users).where(eq(users.id, row.revokedBy))
      : [];
    return toRevocation(row, by?.username ?? null);
  });
}

/** A tenant's revocations, newest first, with who revoked, when and why (admins). */
export async function listRevocations({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: RevocationsQuery;
}): Promise<Page<Revocation>> {
  const tenant = await resolveTenant(ctx, input.tenantId, MANAGE);
  const after = decodeCursor(input.cursor, "timestamp");
  const rows = await ctx.db
    .select({ token: integrationTokens, username: users.username })
    .from(integrationTokens)
    .leftJoin(users, eq(users.id, integrationTokens.revokedBy))
    .where(
      and(
        eq(integrationTokens.tenantId, tenant.tenantId),
        isNotNull(integrationTokens.revokedAt),
        after
          ? sql`(${integrationTokens.revokedAt}, ${integrationTokens.jti}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(integrationTokens.revokedAt), desc(integrationTokens.jti))
    .limit(input.limit + 1);
  return toPage(
    rows,
    input.limit,
    (r) => toRevocation(r.token, r.username),
    (r) => [r.token.revokedAt!.toISOString(), r.token.jti],
  );
}

/** The tokens issued for a tenant, newest first (never the tokens themselves): the admin panel. */
export async function listIssuedTokens({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: TokenListQuery;
}): Promise<Page<IssuedToken>> {
  const tenant = await resolveTenant(ctx, input.tenantId, MANAGE);
  const after = decodeCursor(input.cursor, "timestamp");
  const rows = await ctx.db
    .select()
    .from(integrationTokens)
    .where(
      and(
        eq(integrationTokens.tenantId, tenant.tenantId),
        after
          ? sql`(${integrationTokens.issuedAt}, ${integrationTokens.jti}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(integrationTokens.issuedAt), desc(integrationTokens.jti))
    .limit(input.limit + 1);
  return toPage(
    rows,
    input.limit,
    (row) => ({
      ...claimsOf(row),
      issuedBy: row.issuedBy,
      revokedAt: row.revokedAt?.toISOString() ?? null,
      revokeReason: row.revokeReason,
    }),
    (row) => [row.issuedAt.toISOString(), row.jti],
  );
}
