import { createHmac, randomUUID } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";

const ISSUER = "xentree";
const AUDIENCE = "xentree-api";

let key: { secret: string; bytes: Uint8Array } | undefined;

/**
 * Tokens whose signature and claims already checked out, in this process, with when they expire.
 * A client sends the same token with every request until it refreshes, and checking the HMAC
 * through WebCrypto cost each bearer request about a tenth of a millisecond. A token's validity
 * depends only on the token, the secret and the time, so nothing else is traded: whether its
 * session still lives is asked on every request (isSessionLive), and the memory is emptied when
 * the secret changes. Oldest first out past the cap (a token is ~0.3 kB).
 */
const verified = new Map<string, { claims: AccessClaims; expiresAt: number }>();
const VERIFIED_CAP = 1_000;

// A key of its own, derived from AUTH_SECRET, so access tokens and Auth.js cookies never share one.
function signingKey(): Uint8Array {
  const secret = getEnv().AUTH_SECRET;
  if (key?.secret !== secret) {
    verified.clear();
    key = {
      secret,
      bytes: createHmac("sha256", secret).update("xentree access token v1").digest(),
    };
  }
  return key.bytes;
}

export type AccessClaims = { userId: string; sessionId: string };

export async function signAccessToken(claims: AccessClaims, now = new Date()): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: claims.sessionId, typ: "access" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.userId)
    .setJti(randomUUID())
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + getEnv().ACCESS_TOKEN_TTL_SECONDS)
    .sign(signingKey());
}

/** Verifies signature, issuer, audience and expiry; says nothing yet about the session. */
export async function verifyAccessToken(token: string): Promise<AccessClaims> {
  const secretKey = signingKey();
  const known = verified.get(token);
  if (known) {
    if (Date.now() < known.expiresAt) return { ...known.claims };
    verified.delete(token);
  }
  try {
    const { payload } = await jwtVerify(token, secretKey, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
      // A token without an expiry would be good forever; ours always carry one.
      requiredClaims: ["exp", "iat", "sub"],
    });
    if (
      payload.typ !== "access" ||
      typeof payload.sub !== "string" ||
      typeof payload.sid !== "string"
    ) {
      throw new AppError("invalid_token", "The access token is not valid");
    }
    const claims = { userId: payload.sub, sessionId: payload.sid };
    remember(token, claims, payload.exp! * 1000);
    return { ...claims };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof errors.JWTExpired) {
      throw new AppError("token_expired", "The access token has expired; refresh it");
    }
    throw new AppError("invalid_token", "The access token is not valid");
  }
}

function remember(token: string, claims: AccessClaims, expiresAt: number) {
  if (verified.size >= VERIFIED_CAP) verified.delete(verified.keys().next().value!);
  verified.set(token, { claims, expiresAt });
}
