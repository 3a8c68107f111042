import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { log } from "@/server/platform/logger";
import { requestInfo } from "@/server/platform/request-info";
import { newRequestId } from "@/server/platform/crypto";
import { signInWithPassword } from "./login";
import { LoginRequest } from "./schemas";
import { revokeSession } from "./sessions";

/** The browser's base path; `/api/auth/*` is the documented REST group. */
const NEXTAUTH_BASE_PATH = "/api/nextauth";
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

/**
 * Browser sessions: a credentials sign-in on the same accounts and the same password check as the
 * REST login. The cookie is a JWT (credentials need JWT sessions) carrying our session id, so
 * signing out, or any revocation, ends it for every door at once.
 * Lazy, so `next build` does not need AUTH_SECRET.
 */
export const { handlers, signIn, signOut } = NextAuth(() => ({
  basePath: NEXTAUTH_BASE_PATH,
  secret: getEnv().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A wrong password is an answer, not a server error: keep it out of the error log.
  logger: {
    error: (error: Error) => {
      if ((error as { type?: string }).type !== "CredentialsSignin")
        log.error("auth.js error", { error });
    },
    warn: (code: string) => log.warn("auth.js warning", { code }),
    debug: () => {},
  },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      authorize: async (credentials, request) => {
        const parsed = LoginRequest.safeParse(credentials);
        if (!parsed.success) return null;
        const ctx = {
          db: await getDb(),
          actor: { kind: "anonymous" as const },
          request: requestInfo(request, newRequestId()),
        };
        try {
          const { user, sessionId } = await signInWithPassword(ctx, parsed.data, "browser");
          return {
            id: user.id,
            email: user.email,
            name: user.fullName ?? user.username,
            sessionId,
          };
        } catch (error) {
          if (error instanceof AppError && error.code === "invalid_credentials") return null;
          if (error instanceof AppError && error.code === "rate_limited")
            throw new RateLimitedSignIn();
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => {
      if (user && "sessionId" in user) token.sid = user.sessionId;
      return token;
    },
  },
  events: {
    signOut: async (message) => {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await revokeSession(await getDb(), sid, "sign_out");
    },
  },
}));
