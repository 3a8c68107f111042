import type { HttpMethod } from "@/server/http/operation";
import type { Scope } from "@/server/platform/scopes";
import type { AuthzWorld } from "./world";

export type Expect = { status: number; code: string };

/**
 * One REST endpoint's authorization, as data. Every operation in the OpenAPI document must have
 * a row (the matrix test fails otherwise): a new endpoint adds its row here.
 */
export type MatrixRow = {
  method: HttpMethod;
  path: string;
  /**
   * As declared: open to anyone, bearer-only (no API keys), or the API-key scope it needs
   * ("a,b" when either of two scopes is accepted).
   */
  auth: "none" | "bearer" | Scope | `${Scope},${Scope}`;
  /** What the caller needs, in words. */
  needs: string;
  /** A valid request aimed at organization A's object (owned by A's owner), so only who asks differs. */
  request: (w: AuthzWorld) => {
    params?: Record<string, string>;
    body?: unknown;
    query?: Record<string, string>;
  };
  /**
   * A signed-in stranger to A (and, for scoped rows, a key of another organization): the refusal
   * they get, `"own-data"` when the endpoint acts on the caller's own things (a list shows none
   * of A's), or `"self"` when it acts on the caller alone (their profile, their session).
   */
  stranger: Expect | "own-data" | "self";
  /** When a key of another organization is refused differently from a stranger. */
  otherOrgKey?: Expect;
  /** A member of A with too low a role, or who does not own the object, and what they get. */
  lowerRole?: { as: "admin" | "manager" | "member"; expect: Expect };
};

export const NOT_FOUND: Expect = { status: 404, code: "not_found" };
export const FORBIDDEN: Expect = { status: 403, code: "forbidden" };
export const notYours = { as: "member", expect: NOT_FOUND } as const;
export const memberRefused = { as: "member", expect: FORBIDDEN } as const;
export const managerRefused = { as: "manager", expect: FORBIDDEN } as const;

export const conversation = (w: AuthzWorld) => ({ conversation_id: w.ids.conversation });
export const org = (w: AuthzWorld) => ({ org_id: w.orgId });
export const manager = (w: AuthzWorld) => ({
  org_id: w.orgId,
  user_id: w.users.manager.profile.id,
});
export const team = (w: AuthzWorld) => ({ org_id: w.orgId, team_id: w.ids.team });
