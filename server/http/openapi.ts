import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiObject,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
} from "zod-openapi";
import { ERROR_STATUS, type ErrorCode } from "@/server/platform/errors";
import { requiredScopes, type AnyOperation } from "./operation";
import { operations } from "./registry";

// Component names follow the published Xentree reference (`Error`, `TokenResponse`, …), so a
// client generated from either document names its types alike.
const ErrorResponse = z
  .object({
    detail: z
      .looseObject({
        error: z.string().meta({ description: "Stable machine-readable code" }),
        message: z.string().meta({ description: "For people" }),
        request_id: z
          .string()
          .meta({ description: "Also in the X-Request-Id header and the server log" }),
        issues: z
          .array(z.object({ path: z.string(), message: z.string() }))
          .optional()
          .meta({ description: "With validation_error: what is wrong, field by field" }),
      })
      .meta({ description: "Extra members carry context for some codes (e.g. required_scope)" }),
  })
  .meta({ id: "Error" });

const requestIdHeader = z
  .string()
  .meta({ description: "Identifies the request in the server log" });
const successHeaders = z.object({ "X-Request-Id": requestIdHeader });
const errorHeaders = successHeaders;
// Only API-key callers get the rate-limit headers (a bearer token is not counted), and only a
// replayed answer says so: none of these headers is `required`.
const keyedSuccessHeaders = successHeaders.extend({
  "X-RateLimit-Limit": z
    .string()
    .optional()
    .meta({ description: "With an API key only: requests allowed a minute" }),
  "X-RateLimit-Remaining": z
    .string()
    .optional()
    .meta({ description: "With an API key only: requests left this minute" }),
  "X-RateLimit-Reset": z
    .string()
    .optional()
    .meta({ description: "With an API key only: seconds until the minute resets" }),
  "Idempotent-Replayed": z
    .string()
    .optional()
    .meta({ description: "`true` when this answer replays an earlier one" }),
});
const rateLimitedHeaders = successHeaders.extend({
  "Retry-After": z
    .string()
    .optional()
    .meta({ description: "With `rate_limited`: seconds to wait before trying again" }),
});

function errorCodes(op: AnyOperation): ErrorCode[] {
  const codes: ErrorCode[] = ["validation_error", ...op.errors, "internal_error"];
  if (op.body) codes.push("payload_too_large");
  if (op.auth !== "none") {
    codes.push(
      "not_authenticated",
      "invalid_token",
      "token_expired",
      "invalid_api_key",
      "ip_not_allowed",
    );
  }
  if (op.auth === "bearer") codes.push("bearer_required");
  if (requiredScopes(op.auth).length > 0) codes.push("INSUFFICIENT_API_KEY_SCOPE", "rate_limited");
  if (op.creates) codes.push("conflict");
  return [...new Set(codes)];
}

function security(op: AnyOperation): Array<Record<string, string[]>> {
  if (op.auth === "none") return [];
  if (op.auth === "bearer") return [{ bearerAuth: [] }];
  return [{ bearerAuth: [] }, { apiKeyAuth: [] }];
}

function describe(op: AnyOperation): string | undefined {
  const scopes = requiredScopes(op.auth);
  const lines = [
    op.description,
    scopes.length > 0 && `API keys need the \`${scopes.join("` or `")}\` scope.`,
    op.auth === "bearer" &&
      "User access tokens only: API keys are refused with `403 bearer_required`.",
    op.creates &&
      "Send an `Idempotency-Key` to make retries safe: the first answer is replayed for 24 hours.",
  ].filter(Boolean);
  return lines.length > 0 ? lines.join("\n\n") : undefined;
}

const IdempotencyHeaders = z.object({
  "Idempotency-Key": z.string().max(255).optional().meta({
    description:
      "Any unique string (a UUID, say); a retry with the same key and body replays the first answer",
  }),
});

function errorResponses(op: AnyOperation) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodes(op)) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      String(status),
      {
        description: `Error: ${codes.map((c) => `\`${c}\``).join(", ")}`,
        headers: status === 429 ? rateLimitedHeaders : errorHeaders,
        content: { "application/json": { schema: ErrorResponse } },
      },
    ]),
  );
}

const STREAM_DESCRIPTION =
  "With `stream: true` (or `Accept: text/event-stream`) the answer is `text/event-stream` " +
  "instead: a `start` event `{ conversation_id, message_id }`, `delta` events `{ text }`, then " +
  "one `done` event carrying this JSON answer (or one `error` event carrying the error envelope).";

/**
 * Request schemas are rendered as zod *inputs* (a field with a default is optional). Their
 * defaults are stated in the description rather than as `default`: openapi-typescript, with its
 * default settings, makes every property that has a `default` required, which would oblige a
 * typed client to send `provider`, `stream`, `rate_limit_per_minute` … on every call.
 */
function moveInputDefaults(ctx: { io: "input" | "output"; jsonSchema: Record<string, unknown> }) {
  if (ctx.io !== "input" || !("default" in ctx.jsonSchema)) return;
  const value = JSON.stringify(ctx.jsonSchema.default);
  const description = ctx.jsonSchema.description;
  delete ctx.jsonSchema.default;
  const lead = typeof description === "string" ? `${description.replace(/\.$/, "")}. ` : "";
  ctx.jsonSchema.description = `${lead}Default: \`${value}\`.`;
}

const createWithInputDefaults = (document: ZodOpenApiObject) =>
  createDocument(document, { override: moveInputDefaults });

function toOpenApi(op: AnyOperation): ZodOpenApiOperationObject {
  const { status, schema } = op.response;
  const scopes = requiredScopes(op.auth);
  const description = describe(op);
  const bodyContent = op.body && {
    ...(op.multipart
      ? { "multipart/form-data": { schema: op.body } }
      : { "application/json": { schema: op.body } }),
    ...(op.acceptsForm && { "application/x-www-form-urlencoded": { schema: op.body } }),
  };
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(description && { description }),
    security: security(op),
    ...(scopes.length > 0 && { "x-required-scopes": scopes }),
    ...((op.query || op.params || op.creates) && {
      requestParams: {
        ...(op.query && { query: op.query }),
        ...(op.params && { path: op.params }),
        ...(op.creates && { header: IdempotencyHeaders }),
      },
    }),
    ...(bodyContent && { requestBody: { required: true, content: bodyContent } }),
    responses: {
      [String(status)]: {
        description: op.streams
          ? `${op.response.description}\n\n${STREAM_DESCRIPTION}`
          : op.response.description,
        headers: scopes.length > 0 ? keyedSuccessHeaders : successHeaders,
        // The event stream is described, not listed as a second media type: typed clients
        // (openapi-typescript + openapi-fetch) would type every answer as `JSON | string`.
        ...(schema && { content: { "application/json": { schema } } }),
      },
      ...errorResponses(op),
    },
  };
}

/**
 * The OpenAPI 3.1 document, generated from the same declarations that serve the requests. The
 * server is relative (`/`): the origin that serves the document, so samples and generated clients
 * address the instance they were read from; `serverUrl` names another.
 */
export function buildOpenApiDocument(serverUrl?: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of operations) {
    paths[op.path] = { ...paths[op.path], [op.method.toLowerCase()]: toOpenApi(op) };
  }
  return createWithInputDefaults({
    openapi: "3.1.0",
    info: {
      title: "Xentree API",
      version: "1.0.0",
      description:
        "The REST API of Xentree. Errors share one envelope: " +
        '`{ "detail": { "error", "message", "request_id" } }`; every response carries `X-Request-Id`. ' +
        "JSON bodies are limited to 1 MiB.\n\n" +
        "**Generate a typed client** from this document: " +
        "`npx openapi-typescript <this server>/api/openapi.json -o xentree-api.d.ts`, then call the API " +
        "through `openapi-fetch` (`createClient<paths>({ baseUrl })`); the generator's default " +
        "settings are enough. Guides with runnable examples: `/docs`.",
    },
    servers: [
      {
        url: serverUrl ?? "/",
        description: serverUrl
          ? "Xentree"
          : "This Xentree server (the origin serving this document)",
      },
    ],
    tags: [
      { name: "Authentication", description: "Accounts, tokens and the signed-in profile" },
      { name: "Conversations", description: "AI chat, conversation history, notes and search" },
      { name: "Organizations", description: "Organizations, their members, roles and teams" },
      { name: "API Keys", description: "Keys for server-to-server integrations" },
    ],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "An access token from `POST /api/auth/login` (15 minutes; refresh it).",
        },
        apiKeyAuth: {
          type: "apiKey",
          in: "header",
          name: "X-API-Key",
          description:
            "An API key (`xntr-…`), also accepted as `Authorization: Bearer xntr-…`. It acts for its creator " +
            "inside its organization, within its scopes (`api:read` covers every `*:read`, `api:write` every " +
            "`*:write`, `api:admin` everything), its per-minute rate limit and its IP allowlist.",
        },
      },
    },
  });
}
