import { getToken } from "next-auth/jwt";
import type { Db } from "@/db/client";
import type { Actor } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { authenticateApiKey, type KeyLimits } from "@/server/api-keys/authenticate-key";
import { looksLikeApiKey } from "@/server/api-keys/key-format";
import { verifyAccessToken } from "./access-tokens";
import { isSessionLive } from "./sessions";

export type Authentication = { actor: Actor; error?: AppError; keyLimits?: KeyLimits };

const ANONYMOUS: Actor = { kind: "anonymous" };
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Finds who is calling: an API key (`X-API-Key`, or `Authorization: Bearer xntr-…`), a bearer
 * access token, else the browser's Auth.js cookie.
 * Never throws: a present but unusable credential comes back as `error`, for the door to raise
 * when the operation needs a caller.
 */
export async function authenticate(db: Db, request: Request): Promise<Authentication> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null || request.headers.has("x-api-key")) {
    return authenticateHeader(db, request, authorization);
  }
  return authenticateCookie(db, request);
}

async function authenticateHeader(
  db: Db,
  request: Request,
  authorization: string | null,
): Promise<Authentication> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  const apiKey =
    request.headers.get("x-api-key") ?? (match?.[1] && looksLikeApiKey(match[1]) ? match[1] : null);
  if (apiKey !== null) {
    try {
      const { actor, limits } = await authenticateApiKey(db, apiKey.trim());
      return { actor, keyLimits: limits };
    } catch (error) {
      if (error instanceof AppError) return { actor: ANONYMOUS, error };
      throw error;
    }
  }
  if (!match?.[1]) {
    return {
      actor: ANONYMOUS,
      error: new AppError(
        "invalid_token",
        "Send the access token as `Authorization: Bearer <token>`",
      ),
    };
  }
  try {
    const claims = await verifyAccessToken(match[1]);
    if (!(await isSessionLive(db, claims.sessionId, claims.userId))) {
      return {
        actor: ANONYMOUS,
        error: new AppError("invalid_token", "The session has ended; sign in again"),
      };
    }
    return { actor: { kind: "user", ...claims, via: "bearer" } };
  } catch (error) {
    if (error instanceof AppError) return { actor: ANONYMOUS, error };
    throw error;
  }
}

async function authenticateCookie(db: Db, request: Request): Promise<Authentication> {
  const cookie = request.headers.get("cookie");
  if (!cookie?.includes("authjs.session-token")) return { actor: ANONYMOUS };
  // Only the cookie is handed over: getToken would otherwise also read the Authorization header.
  const req = { headers: { cookie } };
  const secret = getEnv().AUTH_SECRET;
  const token =
    (await getToken({ req, secret, secureCookie: false })) ??
    (await getToken({ req, secret, secureCookie: true }));
  const userId = token?.sub;
  const sessionId = token?.sid;
  if (typeof userId !== "string" || typeof sessionId !== "string") return { actor: ANONYMOUS };
  if (!(await isSessionLive(db, sessionId, userId))) return { actor: ANONYMOUS };
  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
    return {
      actor: ANONYMOUS,
      error: new AppError("forbidden", "Cross-site requests cannot use the browser session"),
    };
  }
  return { actor: { kind: "user", userId, sessionId, via: "cookie" } };
}

/**
 * Browsers send Sec-Fetch-Site (and Origin) on every cross-site mutation; a request with neither
 * did not come from a browser page, so it cannot be a forged one.
 */
function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" || site === "none";
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  // The process entry drops X-Forwarded-Host unless a trusted proxy sent it.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
