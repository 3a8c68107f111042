import { expect, it } from "vitest";
import { AppError } from "@/server/platform/errors";
import { anonymousCtx, describeEachDatabase, unique, uniqueIp, userCtx } from "@/tests/databases";
import { verifyAccessToken } from "./access-tokens";
import { authenticate } from "./authenticate";
import { login } from "./login";
import { logout } from "./logout";
import { getMe, updateMe } from "./profile";
import { refreshSession } from "./refresh";
import { registerUser } from "./register";

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

const bearer = (token: string) =>
  new Request("http://x/api/auth/me", { headers: { authorization: `Bearer ${token}` } });

describeEachDatabase("accounts", (db) => {
  async function newUser() {
    const username = unique("u");
    const password = "a long enough password";
    const profile = await registerUser({
      ctx: anonymousCtx(db()),
      input: { email: `${username}@Example.COM`.toLowerCase(), username, password },
    });
    return { profile, username, password };
  }

  it("registers a user and returns the public profile only", async () => {
    const username = unique("Reg");
    const profile = await registerUser({
      ctx: anonymousCtx(db()),
      input: {
        email: `${username.toLowerCase()}@example.com`,
        username,
        password: "password123",
        full_name: "Ada",
      },
    });
    expect(profile).toMatchObject({
      username,
      full_name: "Ada",
      plan: "free",
      preferred_language: "en",
      timezone: "UTC",
    });
    expect(profile).not.toHaveProperty("password_hash");
    expect(profile.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("keeps the time zone a sign-up sends (the browser's), UTC without one", async () => {
    const username = unique("Tz");
    const profile = await registerUser({
      ctx: anonymousCtx(db()),
      input: {
        email: `${username.toLowerCase()}@example.com`,
        username,
        password: "password123",
        timezone: "Europe/London",
      },
    });
    expect(profile.timezone).toBe("Europe/London");
  });

  it("refuses a taken email or username, whatever their case", async () => {
    const { profile, username } = await newUser();
    await expectAppError(
      registerUser({
        ctx: anonymousCtx(db()),
        input: { email: profile.email, username: unique("x"), password: "password123" },
      }),
      "email_taken",
    );
    await expectAppError(
      registerUser({
        ctx: anonymousCtx(db()),
        input: {
          email: `${unique("x")}@example.com`,
          username: username.toUpperCase(),
          password: "password123",
        },
      }),
      "username_taken",
    );
  });

  it("logs in by username or email and issues working tokens", async () => {
    const { profile, username, password } = await newUser();
    for (const identifier of [username, profile.email.toUpperCase()]) {
      const tokens = await login({
        ctx: anonymousCtx(db()),
        input: { username: identifier, password },
      });
      expect(tokens.token_type).toBe("bearer");
      expect(tokens.expires_in).toBe(900);
      expect(tokens.refresh_token).toMatch(/^xrt_/);
      const { actor } = await authenticate(db(), bearer(tokens.access_token));
      expect(actor).toMatchObject({ kind: "user", userId: profile.id, via: "bearer" });
    }
  });

  it("answers the same error for a wrong password and an unknown account", async () => {
    const { username } = await newUser();
    const wrong = await expectAppError(
      login({ ctx: anonymousCtx(db()), input: { username, password: "not the password" } }),
      "invalid_credentials",
    );
    const unknown = await expectAppError(
      login({
        ctx: anonymousCtx(db()),
        input: { username: unique("ghost"), password: "whatever1" },
      }),
      "invalid_credentials",
    );
    expect(wrong.message).toBe(unknown.message);
  });

  it("limits failed logins per account from one address, with a Retry-After", async () => {
    const { username, password } = await newUser();
    const ip = uniqueIp();
    for (let i = 0; i < 10; i++) {
      await expectAppError(
        login({ ctx: anonymousCtx(db(), ip), input: { username, password: "wrong-password" } }),
        "invalid_credentials",
      );
    }
    const limited = await expectAppError(
      login({ ctx: anonymousCtx(db(), ip), input: { username, password } }),
      "rate_limited",
    );
    // Another address is not locked out by this one's failures.
    await expect(
      login({ ctx: anonymousCtx(db()), input: { username, password } }),
    ).resolves.toBeDefined();
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("limits failed logins per address across accounts", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 50; i++) {
      await expectAppError(
        login({
          ctx: anonymousCtx(db(), ip),
          input: { username: unique("nobody"), password: "wrong-password" },
        }),
        "invalid_credentials",
      );
    }
    const { username, password } = await newUser();
    await expectAppError(
      login({ ctx: anonymousCtx(db(), ip), input: { username, password } }),
      "rate_limited",
    );
    await expect(
      login({ ctx: anonymousCtx(db()), input: { username, password } }),
    ).resolves.toBeDefined();
  });

  it("rotates refresh tokens, and a reused one signs the whole session out", async () => {
    const { username, password } = await newUser();
    const first = await login({ ctx: anonymousCtx(db()), input: { username, password } });
    const second = await refreshSession({
      ctx: anonymousCtx(db()),
      input: { refresh_token: first.refresh_token },
    });
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await authenticate(db(), bearer(second.access_token))).actor.kind).toBe("user");

    await expectAppError(
      refreshSession({ ctx: anonymousCtx(db()), input: { refresh_token: first.refresh_token } }),
      "invalid_token",
    );
    // Theft detected: the newest tokens of that session die too.
    const after = await authenticate(db(), bearer(second.access_token));
    expect(after.actor.kind).toBe("anonymous");
    expect(after.error?.code).toBe("invalid_token");
    await expectAppError(
      refreshSession({ ctx: anonymousCtx(db()), input: { refresh_token: second.refresh_token } }),
      "invalid_token",
    );
  });

  it("lets exactly one of two concurrent refreshes with the same token win", async () => {
    const { username, password } = await newUser();
    const tokens = await login({ ctx: anonymousCtx(db()), input: { username, password } });
    const results = await Promise.allSettled([
      refreshSession({ ctx: anonymousCtx(db()), input: { refresh_token: tokens.refresh_token } }),
      refreshSession({ ctx: anonymousCtx(db()), input: { refresh_token: tokens.refresh_token } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("rejects unknown refresh tokens", async () => {
    await expectAppError(
      refreshSession({ ctx: anonymousCtx(db()), input: { refresh_token: "xrt_nope" } }),
      "invalid_token",
    );
  });

  it("logout stops the session's access and refresh tokens at once, and only that session", async () => {
    const { username, password } = await newUser();
    const a = await login({ ctx: anonymousCtx(db()), input: { username, password } });
    const b = await login({ ctx: anonymousCtx(db()), input: { username, password } });
    const claims = await verifyAccessToken(a.access_token);
    await logout({ ctx: userCtx(db(), claims.userId, claims.sessionId), input: {} });

    expect((await authenticate(db(), bearer(a.access_token))).error?.code).toBe("invalid_token");
    await expectAppError(
      refreshSession({ ctx: anonymousCtx(db()), input: { refresh_token: a.refresh_token } }),
      "invalid_token",
    );
    expect((await authenticate(db(), bearer(b.access_token))).actor.kind).toBe("user");
  });

  it("logout with another user's refresh token leaves that user signed in", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const aliceTokens = await login({
      ctx: anonymousCtx(db()),
      input: { username: alice.username, password: alice.password },
    });
    const bobTokens = await login({
      ctx: anonymousCtx(db()),
      input: { username: bob.username, password: bob.password },
    });
    const claims = await verifyAccessToken(aliceTokens.access_token);
    await logout({
      ctx: userCtx(db(), claims.userId, claims.sessionId),
      input: { refresh_token: bobTokens.refresh_token },
    });
    await expect(
      refreshSession({
        ctx: anonymousCtx(db()),
        input: { refresh_token: bobTokens.refresh_token },
      }),
    ).resolves.toBeDefined();
  });

  it("updates the caller's own profile and refuses a taken username", async () => {
    const me = await newUser();
    const other = await newUser();
    const tokens = await login({
      ctx: anonymousCtx(db()),
      input: { username: me.username, password: me.password },
    });
    const claims = await verifyAccessToken(tokens.access_token);
    const ctx = userCtx(db(), claims.userId, claims.sessionId);

    const updated = await updateMe({
      ctx,
      input: { full_name: "New Name", preferred_language: "pt-BR", timezone: "Europe/Lisbon" },
    });
    expect(updated).toMatchObject({
      full_name: "New Name",
      preferred_language: "pt-BR",
      timezone: "Europe/Lisbon",
      username: me.username,
    });
    expect(Date.parse(updated.updated_at)).toBeGreaterThanOrEqual(
      Date.parse(me.profile.updated_at),
    );

    await expectAppError(
      updateMe({ ctx, input: { username: other.username.toUpperCase() } }),
      "username_taken",
    );
    // Changing only the case of one's own username is fine.
    await expect(
      updateMe({ ctx, input: { username: me.username.toUpperCase() } }),
    ).resolves.toMatchObject({
      username: me.username.toUpperCase(),
    });
    expect((await getMe({ ctx: userCtx(db(), other.profile.id, claims.sessionId) })).username).toBe(
      other.username,
    );
  });
});
