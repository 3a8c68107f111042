import * as jose from "jose";
import type { IntegrationTokenRow } from "@/db/schema";

/** Who signs, and for whom: a verifier checks both (`aud` names the tenant). */
export const ISSUER = "urn:xentree:integration";
export const audienceOf = (tenantId: string) => `urn:xentree:tenant:${tenantId}`;

export type IntegrationClaims = {
  jti: string;
  tid: string;
  mode: "embed" | "server";
  origin?: string;
  scope: string;
  iat: number;
  exp: number;
};

/** The unverified claims and header, or null when the text is no JWT at all. */
export function peek(
  token: string,
): { kid: string | null; claims: Partial<IntegrationClaims> } | null {
  try {
    const header = jose.decodeProtectedHeader(token);
    const claims = jose.decodeJwt(token) as Partial<IntegrationClaims>;
    return { kid: typeof header.kid === "string" ? header.kid : null, claims };
  } catch {
    return null;
  }
}

export function claimsOf(row: IntegrationTokenRow) {
  return {
    jti: row.jti,
    tenantId: row.tenantId,
    mode: row.mode as "embed" | "server",
    origin: row.origin,
    scopes: row.scopes,
    issuedAt: row.issuedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}
