import type { Db } from "@/db/client";
import type { Scope } from "./scopes";

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

/** An API key: acts for its creator, inside its one organization, within its scopes. */
export type ApiKeyActor = {
  kind: "apiKey";
  userId: string;
  keyId: string;
  organizationId: string;
  scopes: Scope[];
};

export type Actor = { kind: "anonymous" } | UserActor | ApiKeyActor;

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

/** A signed-in user (bearer token or browser session): what bearer-only verbs need. */
export type UserCtx = Ctx & { actor: UserActor };

/** A signed-in user or an API key: what verbs behind a scope receive. */
export type AuthedCtx = Ctx & { actor: UserActor | ApiKeyActor };
