import { apiKeyOperations } from "@/server/api-keys/rest";
import { authOperations } from "@/server/auth/rest";
import { conversationOperations } from "@/server/conversations/rest";
import { organizationOperations } from "@/server/organizations/rest";
import { courseOperations } from "@/server/xel/course-rest";
import { xpOperations } from "@/server/xp/rest";
import { xelOperations } from "@/server/xel/rest";
import { handle } from "./handle";
import type { AnyOperation, HttpMethod } from "./operation";

/** Every documented REST operation, in the order of the API reference. */
export const operations: readonly AnyOperation[] = [
  ...authOperations,
  ...conversationOperations,
  ...organizationOperations,
  ...courseOperations,
  ...xpOperations,
  ...xelOperations,
  ...apiKeyOperations,
];

/**
 * The route handlers for one path, for an `app/api/.../route.ts` file:
 * `export const { GET, PATCH } = bindRoute("/api/auth/me");`
 */
export function bindRoute(path: string): Partial<Record<HttpMethod, ReturnType<typeof handle>>> {
  const matching = operations.filter((op) => op.path === path);
  if (matching.length === 0) throw new Error(`No REST operation is declared for ${path}`);
  return Object.fromEntries(matching.map((op) => [op.method, handle(op)]));
}
