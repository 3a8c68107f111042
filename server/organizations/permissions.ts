import type { Role } from "@/db/schema";
import { AppError } from "@/server/platform/errors";
import { atLeast, canGrant, whyCannotManage, type Acting } from "./roles";

export type { Acting } from "./roles";

/**
 * Who may do what in an organization: the weakest role allowed each action. Managers act on
 * members of their own team only, and nobody acts on someone stronger or grants a role above
 * their own (see roles.ts).
 */
export const PERMISSIONS = {
  "organization.read": "member",
  "organization.update": "admin",
  "organization.delete": "owner",
  "members.read": "member",
  "members.add": "admin",
  "members.update": "manager",
  "members.remove": "manager",
  "members.move": "admin",
  "teams.read": "member",
  "teams.manage": "admin",
  "api_keys.manage": "admin",
  "audit_log.read": "admin",
} as const satisfies Record<string, Role>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function can(role: Role, action: Action): boolean {
  return atLeast(role, PERMISSIONS[action]);
}

export function assertCan(acting: Acting, action: Action): void {
  if (!can(acting.role, action)) {
    throw new AppError(
      "forbidden",
      `Your role (${acting.role}) cannot do this; it needs ${PERMISSIONS[action]} or above`,
    );
  }
}

/**
 * Whether `acting` may change or remove `target`: not someone stronger, and for a manager only a
 * member of the manager's own team.
 */
export function assertCanManageMember(acting: Acting, target: Acting): void {
  const refusal = whyCannotManage(acting, target);
  if (refusal) throw new AppError("forbidden", refusal);
}

export function assertCanGrant(acting: Acting, role: Role): void {
  if (!canGrant(acting.role, role)) {
    throw new AppError("forbidden", `You cannot grant a role above your own (${acting.role})`);
  }
}

/** What the UI may offer; the verbs check again on every call. */
export function permissionsOf(role: Role): Record<Action, boolean> {
  return Object.fromEntries(ACTIONS.map((a) => [a, can(role, a)])) as Record<Action, boolean>;
}
