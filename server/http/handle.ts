import type { z } from "zod";
import { getDb } from "@/db/client";
import { authenticate } from "@/server/auth/authenticate";
import type { Ctx } from "@/server/platform/context";
import { newRequestId } from "@/server/platform/crypto";
import { AppError, toValidationIssues } from "@/server/platform/errors";
import { requestInfo } from "@/server/platform/request-info";
import { readBody } from "./body";
import type { AnyOperation } from "./operation";
import { errorResponse, jsonResponse, pickRequestId } from "./respond";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = toValidationIssues(result.error.issues);
    const prefix = where === "body" ? "" : `${where}.`;
    throw AppError.validation(issues.map((i) => ({ ...i, path: prefix + i.path })));
  }
  return result.data;
}

/** Turns a declared operation into a Next.js route handler. */
export function handle(operation: AnyOperation) {
  return async (request: Request, route?: RouteContext): Promise<Response> => {
    const requestId = pickRequestId(request, newRequestId);
    try {
      const db = await getDb();
      const ctx: Ctx = {
        db,
        actor: { kind: "anonymous" },
        request: requestInfo(request, requestId),
      };
      if (operation.auth !== "none") {
        const { actor, error } = await authenticate(db, request);
        if (actor.kind === "anonymous") {
          throw (
            error ??
            new AppError(
              "not_authenticated",
              "Sign in first: send `Authorization: Bearer <access_token>`",
            )
          );
        }
        ctx.actor = actor;
      }
      const params = operation.params
        ? parse(operation.params, await route?.params, "params")
        : undefined;
      const url = new URL(request.url);
      const query = operation.query
        ? parse(operation.query, Object.fromEntries(url.searchParams), "query")
        : undefined;
      const body = operation.body
        ? parse(operation.body, await readBody(request, operation.acceptsForm ?? false), "body")
        : undefined;

      const result: unknown = await operation.handler({ ctx, body, query, params });
      const { status, schema } = operation.response;
      // Outputs go through their allowlist schema: a new column never leaks into the API.
      const payload = schema ? schema.parse(result) : undefined;
      return jsonResponse(status, payload, requestId);
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}
