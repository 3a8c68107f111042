import { createHash, randomBytes } from "node:crypto";

/** URL-safe random token with `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** SHA-256 hex digest: how high-entropy secrets (refresh tokens, API keys) are stored and looked up. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function newRequestId(): string {
  return randomBytes(12).toString("base64url");
}
