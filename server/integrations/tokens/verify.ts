import { and, eq } from "drizzle-orm";
import * as jose from "jose";
import type { Db } from "@/db/client";
import { integrationSigningKeys, integrationTokens } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import type { VerifyRequest, VerifyResponse } from "../schemas";
import { audienceOf, claimsOf, ISSUER, peek } from "./claims";
import { ALG } from "./keys";
import { READ, resolveTenant } from "./tenancy";

export const isUuid = (value: unknown): value is string =>
  typeof value === "string" &&
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const refused = (reason: NonNullable<VerifyResponse["reason"]>): VerifyResponse => ({
  active: false,
  reason,
  claims: null,
});

/**
 * Checks a token as the tenant's verifier: signed by one of this tenant's keys, for this tenant,
 * unexpired, and not revoked (looked up by jti at every call, so a revocation counts at once).
 */
export async function verifyAgainstTenant(
  db: Db,
  tenantId: string,
  token: string,
): Promise<VerifyResponse> {
  const peeked = peek(token);
  if (!peeked?.kid || !isUuid(peeked.kid)) return refused("invalid");
  if (peeked.claims.tid !== undefined && peeked.claims.tid !== tenantId) {
    return refused("wrong_tenant");
  }
  // Only this tenant's keys: another tenant's key never verifies a token here.
  const [key] = await db
    .select()
    .from(integrationSigningKeys)
    .where(
      and(eq(integrationSigningKeys.tenantId, tenantId), eq(integrationSigningKeys.id, peeked.kid)),
    );
  if (!key) return refused("invalid");
  let payload: jose.JWTPayload;
  try {
    const publicKey = await jose.importJWK(key.publicJwk, ALG);
    ({ payload } = await jose.jwtVerify(token, publicKey, {
      issuer: ISSUER,
      audience: audienceOf(tenantId),
      algorithms: [ALG],
    }));
  } catch (error) {
    return refused(error instanceof jose.errors.JWTExpired ? "expired" : "invalid");
  }
  if (typeof payload.jti !== "string" || !isUuid(payload.jti)) return refused("invalid");
  const [row] = await db
    .select()
    .from(integrationTokens)
    .where(and(eq(integrationTokens.jti, payload.jti), eq(integrationTokens.tenantId, tenantId)));
  if (!row) return refused("invalid");
  if (row.revokedAt) return refused("revoked");
  return { active: true, reason: null, claims: claimsOf(row) };
}

/** The verify endpoint: any member of the tenant (or a key of it) may check a token. */
export async function verifyIntegrationToken({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: VerifyRequest;
}): Promise<VerifyResponse> {
  // A user may leave the tenant out: the token names it (and they must be a member of it).
  const named = ctx.actor.kind === "user" ? peek(input.token)?.claims.tid : undefined;
  const tenantId = input.tenantId ?? (isUuid(named) ? named : undefined);
  const tenant = await resolveTenant(ctx, tenantId, READ);
  return verifyAgainstTenant(ctx.db, tenant.tenantId, input.token);
}
