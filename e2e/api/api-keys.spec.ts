import { expect, request as playwrightRequest, test } from "@playwright/test";
import { createApiKey, createOrganization, signedInClient, uniqueName } from "../support";

test("an admin issues a scoped key, an integrator uses it within its limits, the admin revokes it", async ({
  request,
}) => {
  const admin = await signedInClient(request);
  const org = await createOrganization(request, admin.headers, `Keys ${uniqueName("")}`);
  const base = `/api/organizations/${org.id}`;

  const createKey = (data: Record<string, unknown>) =>
    createApiKey(request, admin.headers, { organization_id: org.id, ...data });
  const reader = await createKey({
    name: "Reader",
    permissions: ["organizations:read"],
    rate_limit_per_minute: 5,
  });
  expect(reader.key_value).toMatch(/^xntr-[A-Za-z0-9_-]{86}$/);
  expect(reader).toMatchObject({
    prefix: reader.key_value.slice(0, 16),
    organization_name: org.name,
    is_active: true,
    last_used_at: null,
  });
  const listed = await (await request.get("/api/api-keys", { headers: admin.headers })).json();
  expect(listed.items.find((k: { id: string }) => k.id === reader.id)).not.toHaveProperty(
    "key_value",
  );

  const key = { "x-api-key": reader.key_value };
  // Allowed: reading the organization.
  const ok = await request.get(base, { headers: key });
  expect(ok.status()).toBe(200);
  expect(ok.headers()).toMatchObject({ "x-ratelimit-limit": "5", "x-ratelimit-remaining": "4" });
  // Forbidden: a write it was not granted, and a bearer-only endpoint.
  const write = await request.patch(base, { headers: key, data: { name: "Renamed by key" } });
  expect(write.status()).toBe(403);
  expect((await write.json()).detail).toMatchObject({
    error: "INSUFFICIENT_API_KEY_SCOPE",
    required_scope: "organizations:write",
    granted_scopes: ["organizations:read"],
  });
  const me = await request.get("/api/auth/me", { headers: key });
  expect([me.status(), (await me.json()).detail.error]).toEqual([403, "bearer_required"]);

  // The rate limit: 5 a minute, and the refusals say when to come back.
  const burst = await Promise.all(
    Array.from({ length: 6 }, () =>
      request.get(base, { headers: { authorization: `Bearer ${reader.key_value}` } }),
    ),
  );
  const limited = burst.filter((r) => r.status() === 429);
  expect(burst.filter((r) => r.status() === 200)).toHaveLength(4);
  expect(limited).toHaveLength(2);
  expect(Number(limited[0]!.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await limited[0]!.json()).detail.error).toBe("rate_limited");

  // A writer retries a create with an Idempotency-Key: one team, the same answer twice.
  const writer = await createKey({
    name: "Writer",
    permissions: ["organizations:read", "organizations:write"],
  });
  const post = () =>
    request.post(`${base}/teams`, {
      headers: { "x-api-key": writer.key_value, "idempotency-key": "team-sync-1" },
      data: { name: "Synced" },
    });
  const first = await post();
  const retry = await post();
  expect([first.status(), retry.status()]).toEqual([201, 201]);
  expect(retry.headers()["idempotent-replayed"]).toBe("true");
  expect(await retry.json()).toEqual(await first.json());
  const teams = await (
    await request.get(`${base}/teams`, { headers: { "x-api-key": writer.key_value } })
  ).json();
  expect(teams.items.filter((t: { name: string }) => t.name === "Synced")).toHaveLength(1);
  const reused = await request.post(`${base}/teams`, {
    headers: { "x-api-key": writer.key_value, "idempotency-key": "team-sync-1" },
    data: { name: "Something else" },
  });
  expect([reused.status(), (await reused.json()).detail.error]).toEqual([409, "conflict"]);

  // Revoked: the very next call fails.
  expect(
    (await request.delete(`/api/api-keys/${writer.id}`, { headers: admin.headers })).status(),
  ).toBe(204);
  const after = await request.get(base, { headers: { "x-api-key": writer.key_value } });
  expect([after.status(), (await after.json()).detail.error]).toEqual([401, "invalid_api_key"]);
  const state = await (
    await request.get(`/api/api-keys?organization_id=${org.id}`, { headers: admin.headers })
  ).json();
  expect(state.items.find((k: { id: string }) => k.id === writer.id)).toMatchObject({
    is_active: false,
  });
});

test("keys stay inside their organization and their address list", async ({ request }) => {
  const admin = await signedInClient(request);
  const mine = await createOrganization(request, admin.headers, `Mine ${uniqueName("")}`);
  const other = await createOrganization(request, admin.headers, `Other ${uniqueName("")}`);
  const everything = await createApiKey(request, admin.headers, {
    name: "All",
    organization_id: mine.id,
    permissions: ["api:admin"],
  });
  expect(
    (
      await request.get(`/api/organizations/${other.id}`, {
        headers: { "x-api-key": everything.key_value },
      })
    ).status(),
  ).toBe(404);
  const fenced = await createApiKey(request, admin.headers, {
    name: "Fenced",
    organization_id: mine.id,
    permissions: ["api:read"],
    allowed_ips: ["203.0.113.0/24", "2001:db8::/32"],
  });
  // The client address is the socket's: an X-Forwarded-For from the client changes nothing.
  const refused = await request.get(`/api/organizations/${mine.id}`, {
    headers: { "x-api-key": fenced.key_value, "x-forwarded-for": "203.0.113.5" },
  });
  expect([refused.status(), (await refused.json()).detail.error]).toEqual([403, "ip_not_allowed"]);
  const bad = await request.post("/api/api-keys", {
    headers: admin.headers,
    data: {
      name: "Bad",
      organization_id: mine.id,
      permissions: ["api:read"],
      allowed_ips: ["10.0.0.0/40"],
    },
  });
  expect((await bad.json()).detail.issues).toEqual([
    { path: "allowed_ips.0", message: "Not an IP address or CIDR range" },
  ]);
});

test("two app instances on one database share a key's rate limit", async ({ request }) => {
  const second = process.env.E2E_SECOND_INSTANCE;
  test.skip(
    !second,
    "needs DATABASE_URL: PGlite is one process's database, so there is no second instance",
  );
  const admin = await signedInClient(request);
  const org = await createOrganization(request, admin.headers, `Shared ${uniqueName("")}`);
  const key = await createApiKey(request, admin.headers, {
    name: "Shared",
    organization_id: org.id,
    permissions: ["organizations:read"],
    rate_limit_per_minute: 10,
  });
  const other = await playwrightRequest.newContext({ baseURL: second });
  const headers = { "x-api-key": key.key_value };
  const results = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      (i % 2 === 0 ? request : other).get(`/api/organizations/${org.id}`, { headers }),
    ),
  );
  expect(results.filter((r) => r.status() === 200)).toHaveLength(10);
  expect(results.filter((r) => r.status() === 429)).toHaveLength(20);
  await other.dispose();
});
