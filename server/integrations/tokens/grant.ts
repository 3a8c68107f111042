import { and, eq } from "drizzle-orm";
import * as jose from "jose";
import type { Db } from "@/db/client";
import { integrationTokens } from "@/db/schema";
import { recordIntegrationChange } from "@/server/audit/record";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { scopesSatisfy, type Scope } from "@/server/platform/scopes";
import type { GrantRequest, GrantResponse, RotateRequest } from "../schemas";
import { audienceOf, claimsOf, ISSUER, peek } from "./claims";
import { activeSigningKey, ALG, MAX_TOKEN_TTL_SECONDS, rotateSigningKey } from "./keys";
import { MANAGE, resolveTenant, type Tenant } from "./tenancy";
import { isUuid, verifyAgainstTenant } from "./verify";

type Issue = {
  mode: "embed" | "server";
  origin: string | null;
  scopes: string[];
  ttlSeconds: number;
};

/** Signs and records one token in `db` (a transaction when rotating). */
async function issue(
  db: Db,
  ctx: AuthedCtx,
  tenant: Tenant,
  what: Issue,
  key?: Awaited<ReturnType<typeof activeSigningKey>>,
): Promise<GrantResponse> {
  const signing = key ?? (await activeSigningKey(db, tenant.tenantId));
  const ttl = Math.min(what.ttlSeconds, MAX_TOKEN_TTL_SECONDS);
  const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
  const expiresAt = new Date(issuedAt.getTime() + ttl * 1000);
  const [row] = await db
    .insert(integrationTokens)
    .values({
      tenantId: tenant.tenantId,
      organizationId: tenant.organizationId,
      keyId: signing.kid,
      issuedBy: ctx.actor.userId,
      mode: what.mode,
      origin: what.origin,
      scopes: what.scopes,
      issuedAt,
      expiresAt,
    })
    .returning();
  const token = await new jose.SignJWT({
    tid: tenant.tenantId,
    mode: what.mode,
    ...(what.origin ? { origin: what.origin } : {}),
    scope: what.scopes.join(" "),
  })
    .setProtectedHeader({ alg: ALG, kid: signing.kid, typ: "JWT" })
    .setIssuer(ISSUER)
    .setAudience(audienceOf(tenant.tenantId))
    .setSubject(tenant.organizationId)
    .setJti(row!.jti)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(signing.privateKey);
  return {
    token,
    tokenType: "Bearer",
    kid: signing.kid,
    ...claimsOf(row!),
  };
}

/**
 * Issues a short-lived RS256 token for the caller's tenant (admins and owners). An API key can
 * only pass on scopes it holds itself.
 */
export async function grantIntegrationToken({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: GrantRequest;
}): Promise<GrantResponse> {
  const tenant = await resolveTenant(ctx, input.tenantId, MANAGE);
  if (ctx.actor.kind === "apiKey") {
    const granted = ctx.actor.scopes;
    const beyond = input.scopes.filter((s) => !scopesSatisfy(granted, [s as Scope]));
    if (beyond.length > 0) {
      throw new AppError("forbidden", `This API key cannot grant ${beyond.join(", ")}`);
    }
  }
  const result = await ctx.db.transaction(async (tx) => {
    const granted = await issue(tx, ctx, tenant, {
      mode: input.mode,
      origin: input.origin ?? null,
      scopes: input.scopes,
      ttlSeconds: input.ttlSeconds,
    });
    await recordIntegrationChange(
      { ...ctx, db: tx },
      {
        kind: "connected",
        provider: "integration_token",
        integrationId: granted.jti,
        organizationId: tenant.organizationId,
        details: {
          mode: granted.mode,
          origin: granted.origin,
          scopes: granted.scopes,
          expires_at: granted.expiresAt,
        },
      },
    );
    return granted;
  });
  return result;
}

/**
 * A new token like the presented one (same mode, origin, scopes and lifetime), and the old one
 * revoked, in one transaction: either both happen or neither. Optionally a new key pair too.
 */
export async function rotateIntegrationToken({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: RotateRequest;
}) {
  const peeked = peek(input.token);
  if (!isUuid(peeked?.claims.jti) || !isUuid(peeked?.claims.tid)) {
    throw new AppError("invalid_request", "This is not an integration token");
  }
  const tid = peeked!.claims.tid as string;
  const tenant = await resolveTenant(ctx, input.tenantId ?? tid, MANAGE);
  if (tenant.tenantId !== tid) throw AppError.notFound("Integration token");
  const checked = await verifyAgainstTenant(ctx.db, tenant.tenantId, input.token);
  if (!checked.active) {
    throw new AppError(
      "conflict",
      `Only a live token can be rotated (this one is ${checked.reason}); grant a new one`,
    );
  }
  return ctx.db.transaction(async (tx) => {
    // The row is locked and re-checked: of two racing rotations only one replaces the token.
    const [old] = await tx
      .select()
      .from(integrationTokens)
      .where(
        and(
          eq(integrationTokens.jti, checked.claims!.jti),
          eq(integrationTokens.tenantId, tenant.tenantId),
        ),
      )
      .for("update");
    if (!old || old.revokedAt) {
      throw new AppError("conflict", "This token was revoked meanwhile; grant a new one");
    }
    const key = input.rotateSigningKey ? await rotateSigningKey(tx, tenant.tenantId) : undefined;
    const granted = await issue(
      tx,
      ctx,
      tenant,
      {
        mode: old.mode as "embed" | "server",
        origin: old.origin,
        scopes: old.scopes,
        ttlSeconds: Math.round((old.expiresAt.getTime() - old.issuedAt.getTime()) / 1000),
      },
      key,
    );
    await tx
      .update(integrationTokens)
      .set({
        revokedAt: new Date(),
        revokedBy: ctx.actor.userId,
        revokeReason: input.reason,
        replacedBy: granted.jti,
      })
      .where(
        and(eq(integrationTokens.jti, old.jti), eq(integrationTokens.tenantId, tenant.tenantId)),
      );
    await recordIntegrationChange(
      { ...ctx, db: tx },
      {
        kind: "updated",
        provider: "integration_token",
        integrationId: granted.jti,
        organizationId: tenant.organizationId,
        details: {
          replaces: old.jti,
          reason: input.reason,
          signing_key_rotated: input.rotateSigningKey,
        },
      },
    );
    return { ...granted, revokedJti: old.jti };
  });
}
