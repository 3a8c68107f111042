import type { z } from "zod";
import type { AuthedCtx, Ctx, UserCtx } from "@/server/platform/context";
import type { ErrorCode } from "@/server/platform/errors";
import type { Scope } from "@/server/platform/scopes";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * `none`: anyone. `bearer`: a signed-in user (access token or browser session), never an API key.
 * `{ scope }`: a signed-in user, or an API key granted that scope (or any of them, for a list).
 */
export type OperationAuth = "none" | "bearer" | { scope: Scope | readonly Scope[] };

type AnyObject = z.ZodObject;

type CtxFor<A extends OperationAuth> = A extends "none"
  ? Ctx
  : A extends "bearer"
    ? UserCtx
    : AuthedCtx;

/**
 * One documented REST endpoint, declared once: the route handler, the OpenAPI document and the
 * tests all read it. `handler` only adapts the request to a server/<domain> verb.
 */
export type Operation<
  A extends OperationAuth = OperationAuth,
  B extends AnyObject | undefined = AnyObject | undefined,
  Q extends AnyObject | undefined = AnyObject | undefined,
  P extends AnyObject | undefined = AnyObject | undefined,
  R extends z.ZodType | undefined = z.ZodType | undefined,
> = {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI-style path, e.g. `/api/organizations/{org_id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth: A;
  body?: B;
  /**
   * The body is multipart/form-data (file uploads) of at most `maxBytes`, parsed into an object
   * (files as File) and validated by `body`; documented as multipart in the OpenAPI document.
   */
  multipart?: { maxBytes: number };
  /** Also accept `application/x-www-form-urlencoded` bodies (OAuth-style login). */
  acceptsForm?: boolean;
  /** May answer with server-sent events instead of JSON (documented as text/event-stream). */
  streams?: boolean;
  /** Creates something: an `Idempotency-Key` makes retries replay the first answer. */
  creates?: boolean;
  query?: Q;
  params?: P;
  response: { status: 200 | 201 | 204; description: string; schema?: R };
  /**
   * Errors particular to this endpoint. The OpenAPI builder adds the ones that follow from the
   * declaration: 400/413 with a body, 401/403 with auth, 500 everywhere.
   */
  errors: ErrorCode[];
  handler: (args: {
    ctx: CtxFor<A>;
    body: B extends AnyObject ? z.output<B> : undefined;
    query: Q extends AnyObject ? z.output<Q> : undefined;
    params: P extends AnyObject ? z.output<P> : undefined;
    request: Request;
    // A Response is sent as it is (a stream of server-sent events, say), bypassing `response`.
  }) => Promise<(R extends z.ZodType ? z.input<R> : void) | Response>;
};

export function defineOperation<
  const A extends OperationAuth,
  B extends AnyObject | undefined = undefined,
  Q extends AnyObject | undefined = undefined,
  P extends AnyObject | undefined = undefined,
  R extends z.ZodType | undefined = undefined,
>(operation: Operation<A, B, Q, P, R>): Operation<A, B, Q, P, R> {
  return operation;
}

// The registry holds operations of every shape; `handle` validates the arguments against the
// operation's own schemas before it calls the handler, so the loose handler type is safe there.
export type AnyOperation = Omit<Operation, "handler"> & {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  handler: (args: any) => Promise<unknown>;
};

/** The scopes an API key may present for the operation (any one suffices); none: keys refused. */
export function requiredScopes(auth: OperationAuth): readonly Scope[] {
  if (typeof auth === "string") return [];
  return typeof auth.scope === "string" ? [auth.scope] : auth.scope;
}
