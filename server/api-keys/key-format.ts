import { randomBytes } from "node:crypto";
import { sha256Hex } from "@/server/platform/crypto";

const PREFIX = "xntr-";
/** `xntr-` and 86 URL-safe base64 characters: 64 random bytes, 91 characters in all. */
const KEY_PATTERN = /^xntr-[A-Za-z0-9_-]{86}$/;

export function generateApiKey(): { value: string; hash: string; prefix: string } {
  const value = PREFIX + randomBytes(64).toString("base64url");
  return { value, hash: sha256Hex(value), prefix: value.slice(0, 16) };
}

/** Checked before any database work: a malformed key costs nothing. */
export function isWellFormedApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/**
 * Keys carry 512 random bits, so a fast hash is enough: nobody can guess the input, and the
 * stored digest only serves the one indexed lookup.
 */
export function hashApiKey(value: string): string {
  return sha256Hex(value);
}

export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(PREFIX);
}
