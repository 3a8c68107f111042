import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/server/platform/env";

// Integration secrets at rest (OAuth tokens, PKCE verifiers, signing keys): AES-256-GCM with a
// fresh 12-byte IV per value. Stored as `v1.<iv>.<tag>.<ciphertext>` (base64url), so a dump shows
// nothing usable and a tampered value fails to open instead of decrypting to garbage.

const VERSION = "v1";

let cachedKey: { source: string; key: Buffer } | undefined;

function encryptionKey(): Buffer {
  const env = getEnv();
  const source = env.INTEGRATIONS_ENCRYPTION_KEY ?? `auth:${env.AUTH_SECRET}`;
  if (cachedKey?.source !== source) {
    const key = env.INTEGRATIONS_ENCRYPTION_KEY
      ? Buffer.from(env.INTEGRATIONS_ENCRYPTION_KEY, "base64")
      : // Without a key of its own, one derived from AUTH_SECRET (never AUTH_SECRET itself).
        Buffer.from(
          hkdfSync("sha256", env.AUTH_SECRET, "xentree", "integrations secret box v1", 32),
        );
    cachedKey = { source, key };
  }
  return cachedKey.key;
}

/** `aad` binds the ciphertext to where it belongs (a row and column): moved elsewhere, it fails. */
export function seal(plaintext: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  cipher.setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function open(sealed: string, aad: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) {
    throw new Error("Not a sealed integration secret");
  }
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(ciphertext, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
