import type { z } from "zod";
import { getDb } from "@/db/client";
import type { Ctx } from "@/server/platform/context";
import { newRequestId, sha256Hex } from "@/server/platform/crypto";
import { AppError, toValidationIssues } from "@/server/platform/errors";
import { isClientAbort } from "@/server/platform/faults";
import { log } from "@/server/platform/logger";
import { requestInfo } from "@/server/platform/request-info";
import { JSON_BODY_LIMIT_BYTES, parseBody, readBodyText, readMultipart } from "./body";
import { runIdempotently, type Outcome } from "./idempotency";
import type { AnyOperation } from "./operation";
import { admit } from "./pipeline";
import { errorResponse, jsonResponse, pickRequestId, type ExtraHeaders } from "./respond";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** Where a string holds NUL, which no PostgreSQL text can store: a 400, not a failed insert. */
function nulPath(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === "string") return value.includes("\0") ? path : null;
  // An uploaded file's name is stored as text too (its contents are bytes, and may hold NUL).
  if (value instanceof Blob)
    return value instanceof File && value.name.includes("\0") ? path : null;
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulPath(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const prefix = where === "body" ? "" : `${where}.`;
  const nul = nulPath(value);
  if (nul) {
    throw AppError.validation([
      { path: prefix + nul.join("."), message: "Text cannot contain the NUL character" },
    ]);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = toValidationIssues(result.error.issues);
    throw AppError.validation(issues.map((i) => ({ ...i, path: prefix + i.path })));
  }
  return result.data;
}

/** Turns a declared operation into a Next.js route handler. */
export function handle(operation: AnyOperation) {
  return async (request: Request, route?: RouteContext): Promise<Response> => {
    const requestId = pickRequestId(request, newRequestId);
    const headers: ExtraHeaders = {};
    try {
      const db = await getDb();
      const ctx: Ctx = {
        db,
        actor: { kind: "anonymous" },
        request: requestInfo(request, requestId),
      };
      if (operation.auth !== "none") {
        ctx.actor = await admit(db, request, operation, ctx.request.ip, headers);
      }
      const params = operation.params
        ? parse(operation.params, await route?.params, "params")
        : undefined;
      const url = new URL(request.url);
      const query = operation.query
        ? parse(operation.query, Object.fromEntries(url.searchParams), "query")
        : undefined;
      const multipart = operation.multipart
        ? await readMultipart(request, operation.multipart.maxBytes)
        : null;
      const bodyText =
        operation.body && !multipart ? await readBodyText(request, JSON_BODY_LIMIT_BYTES) : "";
      const body = operation.body
        ? parse(
            operation.body,
            multipart ?? parseBody(request, bodyText, operation.acceptsForm ?? false),
            "body",
          )
        : undefined;

      // `db`: the transaction an idempotent create runs in, with its stored answer.
      const run = async (db = ctx.db): Promise<Outcome> => {
        const result: unknown = await operation.handler({
          ctx: { ...ctx, db },
          body,
          query,
          params,
          request,
        });
        if (result instanceof Response) return { status: result.status, body: result };
        const { status, schema } = operation.response;
        // Outputs go through their allowlist schema: a new column never leaks into the API.
        return { status, body: schema ? schema.parse(result) : undefined };
      };
      const idempotencyKey = request.headers.get("idempotency-key");
      if (operation.creates && idempotencyKey !== null && ctx.actor.kind !== "anonymous") {
        const caller =
          ctx.actor.kind === "apiKey" ? `key:${ctx.actor.keyId}` : `user:${ctx.actor.userId}`;
        const requestHash = sha256Hex(`${operation.operationId}\n${url.pathname}\n${bodyText}`);
        const outcome = await runIdempotently(
          db,
          { caller, key: idempotencyKey, requestHash },
          run,
        );
        if (outcome.replayed) headers["idempotent-replayed"] = "true";
        return jsonResponse(outcome.status, outcome.body, requestId, headers);
      }
      const outcome = await run();
      if (outcome.body instanceof Response) {
        for (const [name, value] of Object.entries({ ...headers, "x-request-id": requestId })) {
          outcome.body.headers.set(name, value);
        }
        return outcome.body;
      }
      return jsonResponse(outcome.status, outcome.body, requestId, headers);
    } catch (error) {
      if (isClientAbort(error, request.signal)) {
        // Nobody reads this answer; it is not a server fault either.
        log.info("client closed the request", { request_id: requestId });
        return errorResponse(
          new AppError("invalid_request", "The client closed the request"),
          requestId,
          headers,
        );
      }
      return errorResponse(error, requestId, headers);
    }
  };
}
