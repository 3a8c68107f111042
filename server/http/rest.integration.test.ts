import { expect, it, vi } from "vitest";
import { z } from "zod";
import { CLIENT_IP_HEADER } from "@/server/platform/request-info";
import { describeEachDatabase, unique, uniqueIp } from "@/tests/databases";
import { handle } from "./handle";
import { defineOperation } from "./operation";
import { bindRoute } from "./registry";

type Json = Record<string, unknown> & { detail?: Record<string, unknown> };

async function call(
  method: string,
  path: string,
  init: { body?: string; headers?: Record<string, string> } = {},
) {
  const handler = bindRoute(path)[method as "GET"];
  if (!handler) throw new Error(`no ${method} ${path}`);
  const request = new Request(`http://localhost${path}`, {
    method,
    body: init.body,
    headers: { [CLIENT_IP_HEADER]: uniqueIp(), ...init.headers },
  });
  const response = await handler(request);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: (text ? JSON.parse(text) : null) as Json,
  };
}

const json = (value: unknown) => ({
  body: JSON.stringify(value),
  headers: { "content-type": "application/json" },
});

describeEachDatabase("REST door: authentication endpoints", () => {
  it("walks an integrator through register, form login, me, refresh and logout", async () => {
    const username = unique("int");
    const reg = await call(
      "POST",
      "/api/auth/register",
      json({ email: `${username}@example.com`, username, password: "password123" }),
    );
    expect(reg.status).toBe(201);
    expect(reg.headers.get("x-request-id")).toBeTruthy();
    expect(Object.keys(reg.json).sort()).toEqual(
      [
        "created_at",
        "email",
        "full_name",
        "id",
        "live_nickname",
        "plan",
        "preferred_language",
        "timezone",
        "updated_at",
        "username",
      ].sort(),
    );

    const login = await call("POST", "/api/auth/login", {
      body: new URLSearchParams({ username, password: "password123" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(login.status).toBe(200);
    expect(login.headers.get("cache-control")).toBe("no-store");
    const auth = { authorization: `Bearer ${String(login.json.access_token)}` };

    const me = await call("GET", "/api/auth/me", { headers: auth });
    expect(me.json).toMatchObject({ username, email: `${username}@example.com` });

    const patched = await call("PATCH", "/api/auth/me", {
      ...json({ full_name: "Grace" }),
      headers: { ...auth, "content-type": "application/json" },
    });
    expect(patched.json.full_name).toBe("Grace");

    const refreshed = await call(
      "POST",
      "/api/auth/refresh",
      json({ refresh_token: login.json.refresh_token }),
    );
    expect(refreshed.status).toBe(200);
    const reused = await call(
      "POST",
      "/api/auth/refresh",
      json({ refresh_token: login.json.refresh_token }),
    );
    expect(reused.status).toBe(401);
    expect(reused.json.detail?.error).toBe("invalid_token");

    const again = await call(
      "POST",
      "/api/auth/login",
      json({ username, password: "password123" }),
    );
    const auth2 = { authorization: `Bearer ${String(again.json.access_token)}` };
    const logout = await call("POST", "/api/auth/logout", { headers: auth2 });
    expect(logout.status).toBe(204);
    const after = await call("GET", "/api/auth/me", { headers: auth2 });
    expect(after.status).toBe(401);
    expect(after.json.detail).toMatchObject({
      error: "invalid_token",
      request_id: after.headers.get("x-request-id"),
    });
  });

  it("answers bad input with the documented errors, never a 500", async () => {
    const cases: Array<
      [string, string, { body?: string; headers?: Record<string, string> }, number, string]
    > = [
      ["POST", "/api/auth/register", json({}), 400, "validation_error"],
      [
        "POST",
        "/api/auth/register",
        json({ email: 1, username: ["x"], password: true }),
        400,
        "validation_error",
      ],
      [
        "POST",
        "/api/auth/register",
        { body: "{nope", headers: { "content-type": "application/json" } },
        400,
        "validation_error",
      ],
      [
        "POST",
        "/api/auth/register",
        { body: "x".repeat(2 * 1024 * 1024), headers: { "content-type": "application/json" } },
        413,
        "payload_too_large",
      ],
      [
        "POST",
        "/api/auth/login",
        json({ username: unique("nobody"), password: "password123" }),
        401,
        "invalid_credentials",
      ],
      ["POST", "/api/auth/refresh", json({ refresh_token: "xrt_forged" }), 401, "invalid_token"],
      ["GET", "/api/auth/me", {}, 401, "not_authenticated"],
      [
        "GET",
        "/api/auth/me",
        { headers: { authorization: "Bearer not-a-jwt" } },
        401,
        "invalid_token",
      ],
      ["GET", "/api/auth/me", { headers: { authorization: "Basic abc" } }, 401, "invalid_token"],
      ["GET", "/api/auth/me", { headers: { "x-api-key": "xntr-unknown" } }, 401, "invalid_api_key"],
    ];
    for (const [method, path, init, status, code] of cases) {
      const res = await call(method, path, init);
      expect({ path, status: res.status, code: res.json.detail?.error }).toEqual({
        path,
        status,
        code,
      });
      expect(res.json.detail?.request_id).toBe(res.headers.get("x-request-id"));
    }
    const missing = await call("POST", "/api/auth/register", json({ username: "ab" }));
    expect(missing.json.detail?.issues).toEqual(
      expect.arrayContaining([
        { path: "email", message: "This field is required" },
        { path: "username", message: "Use at least 3 characters" },
        { path: "password", message: "This field is required" },
      ]),
    );
  });

  it("answers 409 for a taken email or username", async () => {
    const username = unique("dup");
    await call(
      "POST",
      "/api/auth/register",
      json({ email: `${username}@example.com`, username, password: "password123" }),
    );
    const email = await call(
      "POST",
      "/api/auth/register",
      json({ email: `${username}@EXAMPLE.com`, username: unique("o"), password: "password123" }),
    );
    expect([email.status, email.json.detail?.error]).toEqual([409, "email_taken"]);
    const name = await call(
      "POST",
      "/api/auth/register",
      json({ email: `${unique("o")}@example.com`, username, password: "password123" }),
    );
    expect([name.status, name.json.detail?.error]).toEqual([409, "username_taken"]);
  });

  it("keeps the caller's X-Request-Id when it is sane", async () => {
    const res = await call("GET", "/api/auth/me", { headers: { "x-request-id": "trace-abc.123" } });
    expect(res.headers.get("x-request-id")).toBe("trace-abc.123");
    const odd = await call("GET", "/api/auth/me", { headers: { "x-request-id": "<script>" } });
    expect(odd.headers.get("x-request-id")).not.toBe("<script>");
  });

  it("hides an unexpected failure behind internal_error and logs its cause with the request id", async () => {
    const broken = defineOperation({
      operationId: "broken",
      method: "GET",
      path: "/api/test/broken",
      tag: "Test",
      summary: "Fails",
      auth: "none",
      response: { status: 200, description: "never", schema: z.object({ ok: z.boolean() }) },
      errors: [],
      handler: async () => {
        throw new Error("database password is hunter2");
      },
    });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const response = await handle(broken)(new Request("http://localhost/api/test/broken"));
    const logged = stderr.mock.calls.map((c) => String(c[0])).join("");
    stderr.mockRestore();
    const body = (await response.json()) as Json;
    expect(response.status).toBe(500);
    expect(body.detail?.error).toBe("internal_error");
    expect(JSON.stringify(body)).not.toContain("hunter2");
    expect(logged).toContain(String(body.detail?.request_id));
    expect(logged).toContain("hunter2");
  });
});
