import { randomBytes } from "node:crypto";
import { AppError } from "@/server/platform/errors";
import { faultSummary, isDatabaseUnavailable, serviceUnavailable } from "@/server/platform/faults";
import { log } from "@/server/platform/logger";

export const REQUEST_ID_HEADER = "x-request-id";

export type ExtraHeaders = Record<string, string>;

const baseHeaders = (requestId: string, extra: ExtraHeaders = {}): Record<string, string> => ({
  ...extra,
  [REQUEST_ID_HEADER]: requestId,
  // Tokens and personal data must never sit in a shared cache.
  "cache-control": "no-store",
});

export function jsonResponse(
  status: number,
  body: unknown,
  requestId: string,
  extra?: ExtraHeaders,
): Response {
  if (status === 204) return new Response(null, { status, headers: baseHeaders(requestId, extra) });
  return Response.json(body, { status, headers: baseHeaders(requestId, extra) });
}

/**
 * The contract's envelope: `{ detail: { error, message, request_id, …context } }`. Anything that
 * is not an AppError is logged with its cause and answered as a generic 500.
 */
/** The envelope's body for an error (logging the cause of unexpected ones). */
export function errorBody(error: unknown, requestId: string) {
  const appError = toAppError(error, requestId);
  return {
    detail: {
      ...appError.details,
      error: appError.code,
      message: appError.message,
      request_id: requestId,
    },
  };
}

function toAppError(error: unknown, requestId: string): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    // An outage is not a bug: a warning per request, and a 503 the client can retry after.
    log.warn("database unavailable", { request_id: requestId, reason: faultSummary(error) });
    return serviceUnavailable(error);
  }
  log.error("unhandled error", { request_id: requestId, error });
  return new AppError(
    "internal_error",
    "Something went wrong on our side; quote the request id if you report it",
  );
}

export function errorResponse(error: unknown, requestId: string, extra?: ExtraHeaders): Response {
  const appError = toAppError(error, requestId);
  const headers = baseHeaders(requestId, extra);
  if (appError.retryAfterSeconds !== undefined) {
    headers["retry-after"] = String(appError.retryAfterSeconds);
  }
  return Response.json(errorBody(appError, requestId), { status: appError.status, headers });
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

/** The caller's X-Request-Id when it is a sane token (so traces join up), else a new one. */
export function pickRequestId(request: Request, fresh: () => string): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given && REQUEST_ID_PATTERN.test(given) ? given : fresh();
}

/** A route handler answering `405 method_not_allowed` in the envelope, with `Allow`. */
export function methodNotAllowed(allow: string) {
  return async (request: Request): Promise<Response> =>
    errorResponse(
      new AppError("method_not_allowed", `${request.method} is not allowed here; use ${allow}`),
      pickRequestId(request, () => randomBytes(12).toString("base64url")),
      { allow },
    );
}
