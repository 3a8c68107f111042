import type * as oauth from "oauth4webapi";
import { open, seal } from "../secret-box";

// Where a user's Google tokens live: sealed, each bound to its user, provider and kind, so a
// ciphertext copied to another row does not open.
const aad = (userId: string, kind: "access" | "refresh") =>
  `integrations:${userId}:google_calendar:${kind}`;

/** The columns a token response sets (the refresh token only when the provider sent one). */
export function sealedTokenColumns(userId: string, tokens: oauth.TokenEndpointResponse) {
  return {
    accessTokenEnc: seal(tokens.access_token, aad(userId, "access")),
    accessExpiresAt:
      typeof tokens.expires_in === "number"
        ? new Date(Date.now() + tokens.expires_in * 1000)
        : null,
    ...(tokens.refresh_token
      ? { refreshTokenEnc: seal(tokens.refresh_token, aad(userId, "refresh")) }
      : {}),
  };
}

export function openAccessToken(userId: string, sealed: string): string {
  return open(sealed, aad(userId, "access"));
}

export function openRefreshToken(userId: string, sealed: string): string {
  return open(sealed, aad(userId, "refresh"));
}
