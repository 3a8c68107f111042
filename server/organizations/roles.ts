// Pure role arithmetic, shared by the verbs and the UI (which hides what the server would refuse).
import type { Role } from "@/db/schema";

export type { Role };

/** Strongest first. */
export const ROLE_ORDER: readonly Role[] = ["owner", "admin", "manager", "member"];
const RANK: Record<Role, number> = { owner: 4, admin: 3, manager: 2, member: 1 };

export type Acting = { role: Role; teamId: string | null };

export function atLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** Nobody grants a role above their own. */
export function canGrant(granter: Role, role: Role): boolean {
  return RANK[role] <= RANK[granter];
}

/** Why `acting` may not change or remove `target` (null when it may), beyond the role table. */
export function whyCannotManage(acting: Acting, target: Acting): string | null {
  if (RANK[target.role] > RANK[acting.role])
    return "You cannot change a member whose role is above yours";
  if (acting.role === "manager" && (acting.teamId === null || target.teamId !== acting.teamId)) {
    return "Managers manage members of their own team only";
  }
  return null;
}
