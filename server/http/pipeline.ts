import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { KeyLimits } from "@/server/api-keys/authenticate-key";
import { authenticate } from "@/server/auth/authenticate";
import { matchesAny } from "@/server/platform/client-address";
import type { ApiKeyActor, UserActor } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { log } from "@/server/platform/logger";
import { takeRateLimitToken } from "@/server/platform/rate-limiter";
import { scopesSatisfy } from "@/server/platform/scopes";
import { requiredScopes, type AnyOperation } from "./operation";
import type { ExtraHeaders } from "./respond";

/**
 * The checks in front of every REST verb that needs a caller, cheapest first: credentials (a
 * malformed key never reaches the database) → the key's state and creator → IP allowlist → scope
 * → bearer-only → rate limit. Headers for the answer (rate limits) are written into `headers`,
 * refusals included.
 */
export async function admit(
  db: Db,
  request: Request,
  operation: AnyOperation,
  clientIp: string | null,
  headers: ExtraHeaders,
): Promise<UserActor | ApiKeyActor> {
  const { actor, error, keyLimits } = await authenticate(db, request);
  if (actor.kind === "anonymous") {
    throw (
      error ??
      new AppError(
        "not_authenticated",
        "Sign in first: send `Authorization: Bearer <access_token>` or `X-API-Key`",
      )
    );
  }
  if (actor.kind === "apiKey" && keyLimits)
    await admitKey(db, actor, keyLimits, operation, clientIp, headers);
  return actor;
}

async function admitKey(
  db: Db,
  actor: ApiKeyActor,
  limits: KeyLimits,
  operation: AnyOperation,
  clientIp: string | null,
  headers: ExtraHeaders,
) {
  if (limits.allowedIps.length > 0 && !(clientIp && matchesAny(clientIp, limits.allowedIps))) {
    throw new AppError(
      "ip_not_allowed",
      `This API key may not be used from ${clientIp ?? "an unknown address"}`,
    );
  }
  const required = requiredScopes(operation.auth);
  if (required.length > 0 && !scopesSatisfy(actor.scopes, required)) {
    throw new AppError(
      "INSUFFICIENT_API_KEY_SCOPE",
      `This API key lacks the ${required.join(" or ")} scope`,
      {
        details: {
          required_scope: required[0],
          ...(required.length > 1 && { accepted_scopes: required }),
          granted_scopes: actor.scopes,
        },
      },
    );
  }
  if (required.length === 0) {
    throw new AppError(
      "bearer_required",
      "This endpoint needs a user's access token, not an API key",
    );
  }

  // Counted from a batch of tokens reserved in the shared counter: exact, without a write per
  // request (see takeRateLimitToken).
  const state = await takeRateLimitToken(db, `api-key:${actor.keyId}`, {
    limit: limits.rateLimitPerMinute,
    windowSeconds: 60,
  });
  headers["x-ratelimit-limit"] = String(state.limit);
  headers["x-ratelimit-remaining"] = String(state.remaining);
  headers["x-ratelimit-reset"] = String(state.resetSeconds);
  if (!state.allowed) {
    throw new AppError(
      "rate_limited",
      `This API key is limited to ${state.limit} requests a minute`,
      {
        retryAfterSeconds: state.resetSeconds,
      },
    );
  }
  touchLastUsed(db, actor.keyId, limits);
}

const TOUCH_INTERVAL_MS = 60_000;

/**
 * Records the key's use at most about once a minute per instance (a batched write, not one per
 * request), without making the request wait for it or fail because of it.
 */
function touchLastUsed(db: Db, keyId: string, limits: KeyLimits) {
  const now = new Date();
  const { lastUsedAt } = limits;
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < TOUCH_INTERVAL_MS) return;
  // The limits may be the credential cache's: the next requests see this touch too.
  limits.lastUsedAt = now;
  const staleBefore = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  db.update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.id, keyId),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore)),
      ),
    )
    .catch((error: unknown) => log.warn("could not record API key use", { key_id: keyId, error }));
}
