import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
} from "zod-openapi";
import { ERROR_STATUS, type ErrorCode } from "@/server/platform/errors";
import type { AnyOperation } from "./operation";
import { operations } from "./registry";

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
  .meta({ id: "ErrorResponse" });

const requestIdHeader = z
  .string()
  .meta({ description: "Identifies the request in the server log" });
const successHeaders = z.object({ "X-Request-Id": requestIdHeader });
const errorHeaders = successHeaders;
const rateLimitedHeaders = successHeaders.extend({
  "Retry-After": z.string().meta({ description: "Seconds to wait before trying again" }),
});

function errorCodes(op: AnyOperation): ErrorCode[] {
  const codes: ErrorCode[] = ["validation_error", ...op.errors, "internal_error"];
  if (op.body) codes.push("payload_too_large");
  if (op.auth !== "none")
    codes.push("not_authenticated", "invalid_token", "token_expired", "bearer_required");
  return [...new Set(codes)];
}

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

function toOpenApi(op: AnyOperation): ZodOpenApiOperationObject {
  const { status, description, schema } = op.response;
  const bodyContent = op.body && {
    "application/json": { schema: op.body },
    ...(op.acceptsForm && { "application/x-www-form-urlencoded": { schema: op.body } }),
  };
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description && { description: op.description }),
    security: op.auth === "none" ? [] : [{ bearerAuth: [] }],
    ...((op.query || op.params) && {
      requestParams: {
        ...(op.query && { query: op.query }),
        ...(op.params && { path: op.params }),
      },
    }),
    ...(bodyContent && { requestBody: { required: true, content: bodyContent } }),
    responses: {
      [String(status)]: {
        description,
        headers: successHeaders,
        ...(schema && { content: { "application/json": { schema } } }),
      },
      ...errorResponses(op),
    },
  };
}

/** The OpenAPI 3.1 document, generated from the same declarations that serve the requests. */
export function buildOpenApiDocument(serverUrl?: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of operations) {
    paths[op.path] = { ...paths[op.path], [op.method.toLowerCase()]: toOpenApi(op) };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Xentree API",
      version: "1.0.0",
      description:
        "The REST API of Xentree. Errors share one envelope: " +
        '`{ "detail": { "error", "message", "request_id" } }`; every response carries `X-Request-Id`. ' +
        "JSON bodies are limited to 1 MiB.",
    },
    ...(serverUrl && { servers: [{ url: serverUrl }] }),
    tags: [
      { name: "Authentication", description: "Accounts, tokens and the signed-in profile" },
      { name: "Organizations", description: "Organizations, their members, roles and teams" },
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
      },
    },
  });
}
