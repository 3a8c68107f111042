import { createHash, createPublicKey, randomUUID } from "node:crypto";
import { and, eq, gt, or } from "drizzle-orm";
import * as jose from "jose";
import type { Db } from "@/db/client";
import { integrationSigningKeys } from "@/db/schema";
import { open, seal } from "../secret-box";

/** Integration tokens live at most this long; a retired key stays published this long after. */
export const MAX_TOKEN_TTL_SECONDS = 3600;
export const ALG = "RS256";

const aad = (keyId: string) => `integration_signing_keys:${keyId}`;

export type SigningKey = { kid: string; privateKey: CryptoKey };

async function createKey(db: Db, tenantId: string): Promise<void> {
  const { publicKey, privateKey } = await jose.generateKeyPair(ALG, {
    modulusLength: 2048,
    extractable: true,
  });
  const id = randomUUID();
  const jwk = await jose.exportJWK(publicKey);
  await db
    .insert(integrationSigningKeys)
    .values({
      id,
      tenantId,
      status: "active",
      publicJwk: { kty: jwk.kty!, n: jwk.n!, e: jwk.e!, kid: id, alg: ALG, use: "sig" },
      privateKeyEnc: seal(await jose.exportPKCS8(privateKey), aad(id)),
    })
    // Two first grants at once: the partial unique index keeps one active key, the other waits.
    .onConflictDoNothing();
}

/** The tenant's active signing key, made on first use (one key pair per tenant). */
export async function activeSigningKey(db: Db, tenantId: string): Promise<SigningKey> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const [row] = await db
      .select()
      .from(integrationSigningKeys)
      .where(
        and(
          eq(integrationSigningKeys.tenantId, tenantId),
          eq(integrationSigningKeys.status, "active"),
        ),
      );
    if (row) {
      return {
        kid: row.id,
        privateKey: await jose.importPKCS8(open(row.privateKeyEnc, aad(row.id)), ALG),
      };
    }
    await createKey(db, tenantId);
  }
  throw new Error("No signing key could be made");
}

/**
 * Retires the active key (its public half stays in the JWKS until every token it signed has
 * expired) and makes a new one. Run inside the caller's transaction.
 */
export async function rotateSigningKey(db: Db, tenantId: string): Promise<SigningKey> {
  const now = new Date();
  await db
    .update(integrationSigningKeys)
    .set({
      status: "retired",
      retiredAt: now,
      publishUntil: new Date(now.getTime() + MAX_TOKEN_TTL_SECONDS * 1000),
    })
    .where(
      and(
        eq(integrationSigningKeys.tenantId, tenantId),
        eq(integrationSigningKeys.status, "active"),
      ),
    );
  return activeSigningKey(db, tenantId);
}

/** The keys a verifier may meet: the active one and the retired ones still published. */
export async function publishedKeys(db: Db, tenantId: string) {
  return db
    .select()
    .from(integrationSigningKeys)
    .where(
      and(
        eq(integrationSigningKeys.tenantId, tenantId),
        or(
          eq(integrationSigningKeys.status, "active"),
          gt(integrationSigningKeys.publishUntil, new Date()),
        ),
      ),
    )
    .orderBy(integrationSigningKeys.createdAt);
}

export type PublicJwk = {
  kty: string;
  n: string;
  e: string;
  kid: string;
  alg: string;
  use: string;
};

export function toPublicJwk(row: { publicJwk: Record<string, string> }): PublicJwk {
  const { kty, n, e, kid, alg, use } = row.publicJwk;
  return { kty: kty!, n: n!, e: e!, kid: kid!, alg: alg!, use: use! };
}

/** SHA-256 of the key's SubjectPublicKeyInfo (DER), hex: what `openssl` shows for the PEM. */
export function spkiFingerprint(jwk: PublicJwk): string {
  const der = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: "jwk" }).export({
    type: "spki",
    format: "der",
  });
  return createHash("sha256").update(der).digest("hex");
}
