import type { Db } from "@/db/client";
import { registerUser } from "@/server/auth/register";
import { createSession } from "@/server/auth/sessions";
import type { UserProfile } from "@/server/auth/schemas";
import type { UserCtx } from "@/server/platform/context";
import { anonymousCtx, unique, userCtx } from "./databases";

export type TestUser = { profile: UserProfile; ctx: UserCtx };

/** A registered user with a live session, and a ctx acting as them. */
export async function createTestUser(db: Db, prefix = "u"): Promise<TestUser> {
  const username = unique(prefix);
  const profile = await registerUser({
    ctx: anonymousCtx(db),
    input: { email: `${username.toLowerCase()}@example.com`, username, password: "password123" },
  });
  const sessionId = await createSession(db, profile.id, "api", {
    id: "t",
    ip: null,
    userAgent: null,
  });
  return { profile, ctx: userCtx(db, profile.id, sessionId) };
}
