import { expect, it } from "vitest";
import { createApiKey } from "@/server/api-keys/api-keys";
import { login } from "@/server/auth/login";
import { logout } from "@/server/auth/logout";
import { refreshSession } from "@/server/auth/refresh";
import { registerUser } from "@/server/auth/register";
import { verifyAccessToken } from "@/server/auth/access-tokens";
import { createOrganization } from "@/server/organizations/organizations";
import { dumpAsText } from "@/tests/dump";
import { codeOf } from "@/tests/fixtures";
import { anonymousCtx, describeEachDatabase, unique, userCtx } from "@/tests/databases";

describeEachDatabase("secrets at rest", (db) => {
  it("a dump holds no password, API key, refresh or access token, or private key", async () => {
    const username = unique("dump");
    const email = `${username.toLowerCase()}@example.com`;
    const password = `Pw-${unique("plaintext")}`;
    await registerUser({ ctx: anonymousCtx(db()), input: { email, username, password } });
    // A password typed into the username box, and a wrong guess, are secrets too.
    expect(
      await codeOf(login({ ctx: anonymousCtx(db()), input: { username: password, password } })),
    ).toBe("invalid_credentials");
    const guess = `Guess-${unique("")}`;
    expect(
      await codeOf(login({ ctx: anonymousCtx(db()), input: { username, password: guess } })),
    ).toBe("invalid_credentials");

    const first = await login({ ctx: anonymousCtx(db()), input: { username, password } });
    const second = await refreshSession({
      ctx: anonymousCtx(db()),
      input: { refresh_token: first.refresh_token },
    });
    const claims = await verifyAccessToken(second.access_token);
    const ctx = userCtx(db(), claims.userId, claims.sessionId);
    const org = await createOrganization({ ctx, input: { name: `Dump ${unique("")}` } });
    const key = await createApiKey({
      ctx,
      input: {
        name: "dump",
        organization_id: org.id,
        permissions: ["api:read"],
        rate_limit_per_minute: 60,
        allowed_ips: [],
      },
    });
    const third = await login({ ctx: anonymousCtx(db()), input: { username, password } });
    await logout({ ctx, input: { refresh_token: third.refresh_token } });

    const { tables, text, unsealed } = await dumpAsText(db());
    // The scan sees the data (so finding nothing means something).
    expect(tables).toEqual(
      expect.arrayContaining(["users", "api_keys", "refresh_tokens", "audit_events"]),
    );
    expect(text).toContain(email);
    expect(text).toContain(key.prefix);

    for (const secret of [
      password,
      guess,
      key.key_value!,
      first.refresh_token,
      second.refresh_token,
      third.refresh_token,
      first.access_token,
      second.access_token,
    ]) {
      expect(
        text.toLowerCase().includes(secret.toLowerCase()),
        `a secret (${secret.slice(0, 8)}…) is stored in plaintext`,
      ).toBe(false);
    }
    // Shapes of secrets, whoever stored them: full API keys, refresh tokens, JWTs, PEM keys,
    // OAuth bearer tokens.
    expect(text).not.toMatch(/xntr-[A-Za-z0-9_-]{86}/);
    expect(text).not.toMatch(/xrt_[A-Za-z0-9_-]{20,}/);
    expect(unsealed).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
    expect(text).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    expect(text).not.toMatch(/\bya29\.[A-Za-z0-9_-]+|\b1\/\/[A-Za-z0-9_-]{20,}/);
    // Passwords only as argon2id hashes.
    expect(text).toMatch(/\$argon2id\$v=19\$/);
  });
});
