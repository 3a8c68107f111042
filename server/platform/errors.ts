import { z } from "zod";

// "Required" reads better than "expected string, received undefined" for a missing field.
z.config({
  customError: (issue) =>
    issue.code === "invalid_type" && issue.input === undefined
      ? "This field is required"
      : undefined,
});

// One error type for every expected failure, with the codes of the REST contract.
// server/http maps it to the JSON envelope, server/trpc to a tRPC error; nothing else maps errors.

export const ERROR_STATUS = {
  validation_error: 400,
  invalid_request: 400,
  not_authenticated: 401,
  invalid_token: 401,
  token_expired: 401,
  invalid_api_key: 401,
  invalid_credentials: 401,
  forbidden: 403,
  bearer_required: 403,
  INSUFFICIENT_API_KEY_SCOPE: 403,
  ip_not_allowed: 403,
  not_found: 404,
  user_not_found: 404,
  conflict: 409,
  live_session_active: 409,
  slug_taken: 409,
  email_taken: 409,
  username_taken: 409,
  method_not_allowed: 405,
  payload_too_large: 413,
  storage_limit_reached: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  live_quota_exceeded: 429,
  internal_error: 500,
  provider_unavailable: 503,
  service_unavailable: 503,
  integration_not_configured: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ValidationIssue = { path: string; message: string };

export type AppErrorOptions = {
  /** Extra members of the error body (for example `issues`, `required_scope`). */
  details?: Record<string, unknown>;
  /** Seconds the client should wait; becomes the Retry-After header. */
  retryAfterSeconds?: number;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static validation(issues: ValidationIssue[], message = "The request is not valid"): AppError {
    return new AppError("validation_error", message, { details: { issues } });
  }

  static notFound(what = "Resource"): AppError {
    return new AppError("not_found", `${what} not found`);
  }
}

/** zod issues as the contract's `issues` list: dotted paths ("transcripts.0.role"). */
export function toValidationIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): ValidationIssue[] {
  return issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}
