import type { Db } from "@/db/client";

/**
 * Who is calling. Verbs ask what the actor may do, never how it signed in; `via` exists only for
 * the door-level checks (bearer-only endpoints, cross-site cookie requests).
 */
export type UserActor = {
  kind: "user";
  userId: string;
  sessionId: string;
  via: "bearer" | "cookie";
};

export type Actor = { kind: "anonymous" } | UserActor;

export type RequestInfo = {
  id: string;
  /** Client address as the process entry determined it (socket, or trusted proxy). */
  ip: string | null;
  userAgent: string | null;
};

/** What every verb receives, from either door. */
export type Ctx = {
  db: Db;
  actor: Actor;
  request: RequestInfo;
};

export type UserCtx = Ctx & { actor: UserActor };
