import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { ZodError } from "zod";
import type { UserActor } from "@/server/platform/context";
import {
  AppError,
  ERROR_STATUS,
  toValidationIssues,
  type ValidationIssue,
} from "@/server/platform/errors";
import { log } from "@/server/platform/logger";
import type { TrpcContext } from "./context";

const TRPC_CODE: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_SUPPORTED",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  429: "TOO_MANY_REQUESTS",
  500: "INTERNAL_SERVER_ERROR",
  503: "SERVICE_UNAVAILABLE",
};

function toTrpcError(error: AppError): TRPCError {
  return new TRPCError({
    code: TRPC_CODE[ERROR_STATUS[error.code]] ?? "INTERNAL_SERVER_ERROR",
    message: error.message,
    cause: error,
  });
}

const t = initTRPC.context<TrpcContext>().create({
  errorFormatter({ shape, error, ctx }) {
    const app = error.cause instanceof AppError ? error.cause : undefined;
    let issues: ValidationIssue[] | undefined;
    if (error.cause instanceof ZodError) issues = toValidationIssues(error.cause.issues);
    else if (Array.isArray(app?.details.issues)) issues = app.details.issues as ValidationIssue[];
    const internal = error.code === "INTERNAL_SERVER_ERROR" && !app;
    if (internal)
      log.error("unhandled error", { request_id: ctx?.request.id, path: shape.data.path, error });
    return {
      message: internal ? "Something went wrong on our side; try again" : shape.message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: app?.code ?? (issues ? "validation_error" : internal ? "internal_error" : null),
        issues: issues ?? null,
        requestId: ctx?.request.id ?? null,
      },
    };
  },
});

/** AppErrors from verbs become tRPC errors with the matching code, once, here. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    return { ...result, error: toTrpcError(result.error.cause) };
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAppErrors);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.actor.kind === "apiKey") {
    throw toTrpcError(
      new AppError("bearer_required", "API keys are for the REST API; sign in to use the app"),
    );
  }
  if (ctx.actor.kind !== "user") {
    throw toTrpcError(ctx.authError ?? new AppError("not_authenticated", "Sign in first"));
  }
  return next({ ctx: { ...ctx, actor: ctx.actor as UserActor } });
});
