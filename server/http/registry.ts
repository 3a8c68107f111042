import { apiKeyOperations } from "@/server/api-keys/rest";
import { adminStatsOperations } from "@/server/admin-stats/rest";
import { auditOperations } from "@/server/audit/rest";
import { authOperations } from "@/server/auth/rest";
import { conversationOperations } from "@/server/conversations/rest";
import { knowledgeOperations } from "@/server/knowledge/rest";
import { learningSessionOperations } from "@/server/learning-sessions/rest";
import { liveOperations } from "@/server/live/rest";
import { organizationOperations } from "@/server/organizations/rest";
import { newRequestId } from "@/server/platform/crypto";
import { searchAdminOperations } from "@/server/search-admin/rest";
import { integrationOperations } from "@/server/integrations/rest";
import { courseOperations } from "@/server/xel/course-rest";
import { xpOperations } from "@/server/xp/rest";
import { xelOperations } from "@/server/xel/rest";
import { handle } from "./handle";
import type { AnyOperation, HttpMethod } from "./operation";
import { jsonResponse, methodNotAllowed, pickRequestId } from "./respond";

/** Every documented REST operation, in the order of the API reference. */
export const operations: readonly AnyOperation[] = [
  ...authOperations,
  ...conversationOperations,
  ...knowledgeOperations,
  ...liveOperations,
  ...organizationOperations,
  ...integrationOperations,
  ...courseOperations,
  ...xpOperations,
  ...xelOperations,
  ...apiKeyOperations,
  ...auditOperations,
  ...learningSessionOperations,
  ...searchAdminOperations,
  ...adminStatsOperations,
];

const METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

type RouteHandler = ReturnType<typeof handle>;
export type RouteHandlers = Record<HttpMethod | "HEAD" | "OPTIONS", RouteHandler>;

/**
 * The route handlers for one path, for an `app/api/.../route.ts` file:
 * `export const { GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS } = bindRoute("/api/auth/me");`
 * Every method is bound: an undeclared one answers `405 method_not_allowed` with `Allow` in the
 * envelope (Next.js alone would send an empty 405), OPTIONS says what is allowed.
 */
export function bindRoute(path: string): RouteHandlers {
  const matching = operations.filter((op) => op.path === path);
  if (matching.length === 0) throw new Error(`No REST operation is declared for ${path}`);
  const declared = new Map(matching.map((op) => [op.method, handle(op)]));
  const allow = [...declared.keys(), ...(declared.has("GET") ? ["HEAD"] : []), "OPTIONS"].join(
    ", ",
  );
  const notAllowed: RouteHandler = methodNotAllowed(allow);
  const get = declared.get("GET");
  const handlers = Object.fromEntries(
    METHODS.map((method) => [method, declared.get(method) ?? notAllowed]),
  ) as Record<HttpMethod, RouteHandler>;
  return {
    ...handlers,
    // HEAD is GET without the body (the headers, status and checks all the same).
    HEAD: get
      ? async (request, route) => {
          const response = await get(request, route);
          return new Response(null, { status: response.status, headers: response.headers });
        }
      : notAllowed,
    OPTIONS: async (request) =>
      jsonResponse(204, undefined, pickRequestId(request, newRequestId), { allow }),
  };
}
