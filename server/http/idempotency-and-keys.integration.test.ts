import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { apiKeys } from "@/db/schema";
import { addMember } from "@/server/organizations/members";
import { createOrganization } from "@/server/organizations/organizations";
import { AppError } from "@/server/platform/errors";
import type { Scope } from "@/server/platform/scopes";
import { describeEachDatabase, unique } from "@/tests/databases";
import { callRest } from "@/tests/rest";
import { createApiKey } from "@/server/api-keys/api-keys";
import { createTestUser } from "@/tests/users";
import { getOrgRest as getOrg, orgWithKey } from "@/tests/fixtures";

describeEachDatabase("REST pipeline: idempotency and key creation", (db) => {
  it("records last use at most about once a minute, without holding the request", async () => {
    const { org, headers, key } = await orgWithKey(db(), ["organizations:read"]);
    await getOrg(org.id, { headers });
    await expect
      .poll(
        async () =>
          (await db().select().from(apiKeys).where(eq(apiKeys.id, key.id)))[0]?.lastUsedAt,
      )
      .not.toBeNull();
    const [first] = await db().select().from(apiKeys).where(eq(apiKeys.id, key.id));
    await getOrg(org.id, { headers });
    await new Promise((r) => setTimeout(r, 100));
    const [second] = await db().select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(second!.lastUsedAt!.getTime()).toBe(first!.lastUsedAt!.getTime());
  });

  it("replays create requests that carry an Idempotency-Key, once per key", async () => {
    const { headers } = await orgWithKey(db(), ["api:admin"]);
    const user = await createTestUser(db(), "idem");
    const login = await callRest("POST", "/api/auth/login", {
      body: { username: user.profile.username, password: "password123" },
    });
    const bearer = { authorization: `Bearer ${String(login.json.access_token)}` };
    const name = `Idem ${unique("")}`;
    const send = (body: unknown, key = "retry-1") =>
      callRest("POST", "/api/organizations", {
        headers: { ...bearer, "idempotency-key": key },
        body,
      });

    const first = await send({ name });
    const again = await send({ name });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.json).toEqual(first.json);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const changed = await send({ name: `${name} changed` });
    expect([changed.status, changed.json.detail?.error]).toEqual([409, "conflict"]);

    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () => send({ name: `${name} c` }, "retry-2")),
    );
    expect(concurrent.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(concurrent.map((r) => r.json.id)).size).toBe(1);
    const mine = await callRest("GET", "/api/organizations", { headers: bearer });
    expect(
      (mine.json.items as Array<{ name: string }>).filter((o) => o.name.startsWith(name)),
    ).toHaveLength(2);
    void headers;
  });

  it("refuses cookie-authenticated mutations from another site but not reads", async () => {
    const result = await callRest("POST", "/api/organizations", {
      headers: {
        cookie: "authjs.session-token=whatever",
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
      },
      body: { name: "Forged" },
    });
    // An unknown cookie is no session at all; a real one is covered by the tRPC tests.
    expect(result.status).toBe(401);
  });

  it("creates keys only within what the creator may do, and shows the value once", async () => {
    const owner = await createTestUser(db(), "own");
    const org = await createOrganization({
      ctx: owner.ctx,
      input: { name: `Scopes ${unique("")}` },
    });
    const admin = await createTestUser(db(), "adm");
    const member = await createTestUser(db(), "mem");
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: admin.profile.email, role: "admin" },
    });
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: member.profile.email, role: "member" },
    });
    const input = (permissions: Scope[]) => ({
      name: "k",
      organization_id: org.id,
      permissions,
      rate_limit_per_minute: 60,
      allowed_ips: [],
    });
    const code = (p: Promise<unknown>) =>
      p.then(
        () => "ok",
        (e: AppError) => e.code,
      );

    expect(await code(createApiKey({ ctx: admin.ctx, input: input(["api:admin"]) }))).toBe(
      "forbidden",
    );
    expect(
      await code(createApiKey({ ctx: member.ctx, input: input(["organizations:read"]) })),
    ).toBe("forbidden");
    const outsider = await createTestUser(db(), "out");
    expect(
      await code(createApiKey({ ctx: outsider.ctx, input: input(["organizations:read"]) })),
    ).toBe("not_found");
    const created = await createApiKey({ ctx: owner.ctx, input: input(["api:admin"]) });
    expect(created.key_value).toMatch(/^xntr-/);

    const [stored] = await db().select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(
      Object.values(stored!)
        .map(String)
        .some((v) => v.includes(created.key_value!)),
    ).toBe(false);
    const login = await callRest("POST", "/api/auth/login", {
      body: { username: owner.profile.username, password: "password123" },
    });
    const list = await callRest("GET", `/api/api-keys?organization_id=${org.id}`, {
      route: "/api/api-keys",
      headers: { authorization: `Bearer ${String(login.json.access_token)}` },
    });
    expect(list.status).toBe(200);
    expect(list.json.items).toEqual([
      expect.objectContaining({ id: created.id, prefix: created.key_value!.slice(0, 16) }),
    ]);
    expect(JSON.stringify(list.json)).not.toContain(created.key_value!);
  });
});
