import { TRPCError } from "@trpc/server";
import { encode } from "next-auth/jwt";
import { expect, it } from "vitest";
import { login } from "@/server/auth/login";
import { anonymousCtx, describeEachDatabase, unique } from "@/tests/databases";
import { createTrpcContext } from "./context";
import { createCaller } from "./root";

const SECRET = "test-secret-that-is-at-least-32-characters-long";

async function sessionCookie(userId: string, sessionId: string) {
  const salt = "authjs.session-token";
  const token = await encode({ token: { sub: userId, sid: sessionId }, secret: SECRET, salt });
  return `${salt}=${token}`;
}

describeEachDatabase("tRPC door: auth router", (db) => {
  async function signedInUser() {
    const username = unique("t");
    const caller = createCaller(
      await createTrpcContext(new Request("http://localhost/api/trpc"), "r1"),
    );
    const profile = await caller.auth.register({
      email: `${username}@example.com`,
      username,
      password: "password123",
    });
    const tokens = await login({
      ctx: anonymousCtx(db()),
      input: { username, password: "password123" },
    });
    const claims = JSON.parse(
      Buffer.from(tokens.access_token.split(".")[1]!, "base64url").toString(),
    ) as { sid: string };
    return { profile, sessionId: claims.sid, tokens };
  }

  it("serves the browser session cookie and the same verbs as REST", async () => {
    const { profile, sessionId } = await signedInUser();
    const request = new Request("http://localhost/api/trpc/auth.me", {
      headers: { cookie: await sessionCookie(profile.id, sessionId) },
    });
    const caller = createCaller(await createTrpcContext(request, "r2"));
    expect(await caller.auth.me()).toEqual(profile);
  });

  it("refuses anonymous callers with UNAUTHORIZED and a revoked session the same way", async () => {
    const anonymous = createCaller(
      await createTrpcContext(new Request("http://localhost/api/trpc"), "r3"),
    );
    await expect(anonymous.auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    const { profile, tokens } = await signedInUser();
    const bearer = new Request("http://localhost/api/trpc", {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    const caller = createCaller(await createTrpcContext(bearer, "r4"));
    expect((await caller.auth.me()).id).toBe(profile.id);
  });

  it("refuses a cookie-authenticated mutation from another site", async () => {
    const { profile, sessionId } = await signedInUser();
    const cookie = await sessionCookie(profile.id, sessionId);
    const crossSite = new Request("http://localhost/api/trpc/auth.updateMe", {
      method: "POST",
      headers: { cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    const caller = createCaller(await createTrpcContext(crossSite, "r5"));
    const error = await caller.auth.updateMe({ full_name: "Pwned" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("FORBIDDEN");

    const sameSite = new Request("http://localhost/api/trpc/auth.updateMe", {
      method: "POST",
      headers: {
        cookie,
        origin: "http://localhost",
        host: "localhost",
        "sec-fetch-site": "same-origin",
      },
    });
    const ok = createCaller(await createTrpcContext(sameSite, "r6"));
    expect((await ok.auth.updateMe({ full_name: "Me" })).full_name).toBe("Me");
  });

  it("maps verb errors to tRPC codes", async () => {
    const { profile } = await signedInUser();
    const caller = createCaller(
      await createTrpcContext(new Request("http://localhost/api/trpc"), "r7"),
    );
    const error = await caller.auth
      .register({ email: profile.email, username: unique("z"), password: "password123" })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("CONFLICT");
  });
});
