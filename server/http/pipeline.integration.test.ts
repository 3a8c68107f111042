import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Db } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { authenticateApiKey } from "@/server/api-keys/authenticate-key";
import { addMember, removeMember, updateMemberRole } from "@/server/organizations/members";
import { createOrganization } from "@/server/organizations/organizations";
import { AppError } from "@/server/platform/errors";
import { describeEachDatabase, unique } from "@/tests/databases";
import { callRest } from "@/tests/rest";
import { createApiKey } from "@/server/api-keys/api-keys";
import { createTestUser, type TestUser } from "@/tests/users";
import { getOrgRest as getOrg, orgWithKey } from "@/tests/fixtures";

describeEachDatabase("REST pipeline with API keys", (db) => {
  async function bearerOf(user: TestUser) {
    const login = await callRest("POST", "/api/auth/login", {
      body: { username: user.profile.username, password: "password123" },
    });
    return { authorization: `Bearer ${String(login.json.access_token)}` };
  }

  it("serves a key with the right scope, with rate-limit headers, by either header", async () => {
    const { org, headers, key } = await orgWithKey(db(), ["organizations:read"]);
    const ok = await getOrg(org.id, { headers });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ id: org.id, role: "owner" });
    expect(ok.headers.get("x-ratelimit-limit")).toBe("60");
    expect(ok.headers.get("x-ratelimit-remaining")).toBe("59");
    expect(Number(ok.headers.get("x-ratelimit-reset"))).toBeGreaterThan(0);
    const viaBearer = await getOrg(org.id, {
      headers: { authorization: `Bearer ${key.key_value}` },
    });
    expect(viaBearer.status).toBe(200);
    expect(viaBearer.headers.get("x-ratelimit-remaining")).toBe("58");
  });

  it("refuses each wrong case with the documented status and code", async () => {
    const { owner, org, headers, key } = await orgWithKey(db(), ["organizations:read"], {
      allowed_ips: ["203.0.113.0/24"],
    });
    const expectRefusal = async (
      res: Promise<{ status: number; json: { detail?: Record<string, unknown> } }>,
      status: number,
      code: string,
    ) => {
      const r = await res;
      expect([r.status, r.json.detail?.error]).toEqual([status, code]);
      return r.json.detail!;
    };
    const inside = "203.0.113.9";
    await expectRefusal(getOrg(org.id, { headers, ip: "198.51.100.1" }), 403, "ip_not_allowed");
    expect((await getOrg(org.id, { headers, ip: inside })).status).toBe(200);

    const scope = await expectRefusal(
      callRest("PATCH", `/api/organizations/${org.id}`, {
        route: "/api/organizations/{org_id}",
        params: { org_id: org.id },
        headers,
        ip: inside,
        body: { name: "x" },
      }),
      403,
      "INSUFFICIENT_API_KEY_SCOPE",
    );
    expect(scope).toMatchObject({
      required_scope: "organizations:write",
      granted_scopes: ["organizations:read"],
    });
    await expectRefusal(
      callRest("GET", "/api/auth/me", { headers, ip: inside }),
      403,
      "bearer_required",
    );
    await expectRefusal(
      callRest("GET", "/api/api-keys", { headers, ip: inside }),
      403,
      "bearer_required",
    );

    await expectRefusal(
      getOrg(org.id, { headers: { "x-api-key": "xntr-not-even-close" } }),
      401,
      "invalid_api_key",
    );
    await expectRefusal(
      getOrg(org.id, { headers: { "x-api-key": `xntr-${"A".repeat(86)}` } }),
      401,
      "invalid_api_key",
    );
    await expectRefusal(getOrg(org.id), 401, "not_authenticated");

    await db()
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiKeys.id, key.id));
    expect(
      (await expectRefusal(getOrg(org.id, { headers, ip: inside }), 401, "invalid_api_key"))
        .message,
    ).toMatch(/expired/);
    await db()
      .update(apiKeys)
      .set({ expiresAt: null, isActive: false })
      .where(eq(apiKeys.id, key.id));
    expect(
      (await expectRefusal(getOrg(org.id, { headers, ip: inside }), 401, "invalid_api_key"))
        .message,
    ).toMatch(/revoked/);
    void owner;
  });

  it("rejects malformed keys before touching the database", async () => {
    const untouchable = new Proxy({} as Db, {
      get() {
        throw new Error("the database was touched");
      },
    });
    const error = await authenticateApiKey(untouchable, "xntr-too-short").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_api_key");
  });

  it("stops a key when its creator leaves, and limits it to the creator's current role", async () => {
    const { owner, org } = await orgWithKey(db(), ["organizations:read"]);
    const admin: TestUser = await createTestUser(db(), "adm");
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: admin.profile.email, role: "admin" },
    });
    const key = await createApiKey({
      ctx: admin.ctx,
      input: {
        name: "Admin's",
        organization_id: org.id,
        permissions: ["organizations:write", "organizations:read"],
        rate_limit_per_minute: 60,
        allowed_ips: [],
      },
    });
    const headers = { "x-api-key": key.key_value! };
    const patch = () =>
      callRest("PATCH", `/api/organizations/${org.id}`, {
        route: "/api/organizations/{org_id}",
        params: { org_id: org.id },
        headers,
        body: { description: "by key" },
      });
    expect((await patch()).status).toBe(200);
    await updateMemberRole({
      ctx: owner.ctx,
      orgId: org.id,
      userId: admin.profile.id,
      input: { role: "member" },
    });
    expect([(await patch()).status, (await patch()).json.detail?.error]).toEqual([
      403,
      "forbidden",
    ]);
    await removeMember({ ctx: owner.ctx, orgId: org.id, userId: admin.profile.id });
    const gone = await getOrg(org.id, { headers });
    expect([gone.status, gone.json.detail?.error]).toEqual([401, "invalid_api_key"]);
  });

  it("never reaches another organization, and cannot create organizations", async () => {
    const a = await orgWithKey(db(), ["api:admin"]);
    const b = await createOrganization({
      ctx: a.owner.ctx,
      input: { name: `Other ${unique("")}` },
    });
    expect((await getOrg(b.id, { headers: a.headers })).status).toBe(404);
    for (const [method, body] of [
      ["PATCH", { name: "Taken over" }],
      ["DELETE", undefined],
    ] as const) {
      const res = await callRest(method, `/api/organizations/${b.id}`, {
        route: "/api/organizations/{org_id}",
        params: { org_id: b.id },
        headers: a.headers,
        body,
      });
      expect([method, res.status]).toEqual([method, 404]);
    }
    const teams = await callRest("POST", `/api/organizations/${b.id}/teams`, {
      route: "/api/organizations/{org_id}/teams",
      params: { org_id: b.id },
      headers: a.headers,
      body: { name: "Planted" },
    });
    expect(teams.status).toBe(404);
    expect(
      (await getOrg(b.id, { headers: { authorization: (await bearerOf(a.owner)).authorization } }))
        .json.name,
    ).toBe(b.name);
    const list = await callRest("GET", "/api/organizations", { headers: a.headers });
    expect((list.json.items as Array<{ id: string }>).map((o) => o.id)).toEqual([a.org.id]);
    const created = await callRest("POST", "/api/organizations", {
      headers: a.headers,
      body: { name: "By key" },
    });
    expect([created.status, created.json.detail?.error]).toEqual([403, "forbidden"]);
  });

  it("lets exactly the limit through when requests arrive in parallel", async () => {
    const { org, headers } = await orgWithKey(db(), ["organizations:read"], {
      rate_limit_per_minute: 10,
    });
    const results = await Promise.all(
      Array.from({ length: 40 }, () => getOrg(org.id, { headers })),
    );
    const ok = results.filter((r) => r.status === 200);
    const limited = results.filter((r) => r.status === 429);
    expect([ok.length, limited.length]).toEqual([10, 30]);
    expect(limited[0]!.json.detail?.error).toBe("rate_limited");
    expect(Number(limited[0]!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited[0]!.headers.get("x-ratelimit-remaining")).toBe("0");
  });
});
