import * as jose from "jose";
import type { Ctx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { publishedKeys, spkiFingerprint, toPublicJwk } from "./keys";

/**
 * The tenant's public keys (public, no credentials): the active one, and retired ones until every
 * token they signed has expired. A tenant that never issued a token has an empty set.
 */
export async function getJwks({ ctx, tenantId }: { ctx: Ctx; tenantId: string }) {
  const rows = await publishedKeys(ctx.db, tenantId);
  return { keys: rows.map(toPublicJwk) };
}

/** The SHA-256 fingerprint of the tenant's active public key, for pinning and out-of-band checks. */
export async function getKeyFingerprint({ ctx, tenantId }: { ctx: Ctx; tenantId: string }) {
  const rows = await publishedKeys(ctx.db, tenantId);
  const active = rows.find((r) => r.status === "active");
  if (!active) throw AppError.notFound("Signing key");
  const jwk = toPublicJwk(active);
  return {
    tenantId,
    kid: jwk.kid,
    algorithm: "SHA-256" as const,
    fingerprint: spkiFingerprint(jwk),
    thumbprint: await jose.calculateJwkThumbprint({ kty: jwk.kty, n: jwk.n, e: jwk.e }, "sha256"),
  };
}
