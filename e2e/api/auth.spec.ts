import { expect, test } from "@playwright/test";
import { registerUser, uniqueName } from "../support";

test("an integrator registers, logs in with a form, refreshes, and logs out", async ({
  request,
}) => {
  const username = uniqueName("api");
  const register = await request.post("/api/auth/register", {
    data: {
      email: `${username}@example.com`,
      username,
      password: "a good long password",
      full_name: "Ada Lovelace",
    },
  });
  expect(register.status()).toBe(201);
  const profile = await register.json();
  expect(profile).toMatchObject({
    username,
    email: `${username}@example.com`,
    full_name: "Ada Lovelace",
    plan: "free",
  });
  expect(profile).not.toHaveProperty("password_hash");

  // OAuth2-style form post, by username (the email works too).
  const login = await request.post("/api/auth/login", {
    form: { username, password: "a good long password" },
  });
  expect(login.status()).toBe(200);
  const tokens = await login.json();
  expect(tokens).toMatchObject({ token_type: "bearer", expires_in: 900 });
  const auth = { authorization: `Bearer ${tokens.access_token}` };

  const me = await request.get("/api/auth/me", { headers: auth });
  expect(me.status()).toBe(200);
  expect(me.headers()["x-request-id"]).toBeTruthy();
  expect((await me.json()).id).toBe(profile.id);

  const patched = await request.patch("/api/auth/me", {
    headers: auth,
    data: { timezone: "Europe/Paris", preferred_language: "fr" },
  });
  expect(await patched.json()).toMatchObject({
    timezone: "Europe/Paris",
    preferred_language: "fr",
  });

  const refresh = await request.post("/api/auth/refresh", {
    data: { refresh_token: tokens.refresh_token },
  });
  expect(refresh.status()).toBe(200);
  const rotated = await refresh.json();
  expect(rotated.refresh_token).not.toBe(tokens.refresh_token);

  // The old refresh token was used once already: theft is assumed and the session ends.
  const reuse = await request.post("/api/auth/refresh", {
    data: { refresh_token: tokens.refresh_token },
  });
  expect(reuse.status()).toBe(401);
  expect((await reuse.json()).detail.error).toBe("invalid_token");
  const revoked = await request.get("/api/auth/me", {
    headers: { authorization: `Bearer ${rotated.access_token}` },
  });
  expect(revoked.status()).toBe(401);

  // A new session, then logout: its tokens stop working at once.
  const again = await (
    await request.post("/api/auth/login", {
      form: { username: `${username}@example.com`, password: "a good long password" },
    })
  ).json();
  const logout = await request.post("/api/auth/logout", {
    headers: { authorization: `Bearer ${again.access_token}` },
    data: { refresh_token: again.refresh_token },
  });
  expect(logout.status()).toBe(204);
  const after = await request.get("/api/auth/me", {
    headers: { authorization: `Bearer ${again.access_token}` },
  });
  expect(after.status()).toBe(401);
  const body = await after.json();
  expect(body.detail).toMatchObject({
    error: "invalid_token",
    request_id: after.headers()["x-request-id"],
  });
  expect(
    (
      await request.post("/api/auth/refresh", { data: { refresh_token: again.refresh_token } })
    ).status(),
  ).toBe(401);
});

test("bad input gets the documented error envelope, never a 500", async ({ request }) => {
  const account = await registerUser(request);
  const cases = [
    {
      res: request.post("/api/auth/register", { data: {} }),
      status: 400,
      code: "validation_error",
    },
    {
      res: request.post("/api/auth/register", {
        data: { email: 5, username: [], password: false },
      }),
      status: 400,
      code: "validation_error",
    },
    {
      res: request.post("/api/auth/register", {
        headers: { "content-type": "application/json" },
        data: "{not json",
      }),
      status: 400,
      code: "validation_error",
    },
    {
      res: request.post("/api/auth/register", {
        headers: { "content-type": "application/json" },
        data: `{"pad":"${"x".repeat(2 * 1024 * 1024)}"}`,
      }),
      status: 413,
      code: "payload_too_large",
    },
    {
      res: request.post("/api/auth/register", { data: { ...account, username: uniqueName() } }),
      status: 409,
      code: "email_taken",
    },
    {
      res: request.post("/api/auth/login", {
        form: { username: account.username, password: "wrong password" },
      }),
      status: 401,
      code: "invalid_credentials",
    },
    { res: request.get("/api/auth/me"), status: 401, code: "not_authenticated" },
    {
      res: request.get("/api/auth/me", {
        headers: { authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.e30.tampered" },
      }),
      status: 401,
      code: "invalid_token",
    },
    {
      res: request.post("/api/auth/refresh", { data: { refresh_token: "xrt_unknown" } }),
      status: 401,
      code: "invalid_token",
    },
    { res: request.get("/api/no/such/endpoint"), status: 404, code: "not_found" },
  ];
  for (const { res, status, code } of cases) {
    const response = await res;
    const body = await response.json();
    expect({ url: response.url(), status: response.status(), code: body.detail?.error }).toEqual({
      url: response.url(),
      status,
      code,
    });
    expect(body.detail.request_id).toBe(response.headers()["x-request-id"]);
  }
});

test("the OpenAPI document describes the authentication endpoints", async ({ request }) => {
  const response = await request.get("/api/openapi.json");
  expect(response.headers()["x-request-id"]).toBeTruthy();
  const doc = await response.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      "/api/auth/register",
      "/api/auth/login",
      "/api/auth/refresh",
      "/api/auth/logout",
      "/api/auth/me",
    ]),
  );
  expect(doc.paths["/api/auth/me"].get.security).toEqual([{ bearerAuth: [] }]);
  expect(
    doc.paths["/api/auth/me"].patch.responses["401"].content["application/json"].schema.$ref,
  ).toBe("#/components/schemas/Error");
});
