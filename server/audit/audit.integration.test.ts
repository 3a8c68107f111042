import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { createApiKey, revokeApiKey } from "@/server/api-keys/api-keys";
import { login } from "@/server/auth/login";
import { addMember, removeMember, updateMemberRole } from "@/server/organizations/members";
import { deleteOrganization } from "@/server/organizations/organizations";
import { anonymousCtx, describeEachDatabase, uniqueIp } from "@/tests/databases";
import { codeOf, orgWithKey, orgWithOwner } from "@/tests/fixtures";
import { callRest } from "@/tests/rest";
import { createTestUser } from "@/tests/users";
import { listAuditEvents } from "./audit-log";
import { listMySignIns } from "./my-sign-ins";
import { recordIntegrationChange } from "./record";

describeEachDatabase("audit log", (db) => {
  it("records sign-ins and failed sign-ins with where they came from", async () => {
    const user = await createTestUser(db(), "aud");
    const ip = uniqueIp();
    const ctx = { ...anonymousCtx(db(), ip), request: { id: "r", ip, userAgent: "curl/8" } };
    const username = user.profile.username;
    expect(await codeOf(login({ ctx, input: { username, password: "not it at all" } }))).toBe(
      "invalid_credentials",
    );
    await login({ ctx, input: { username, password: "password123" } });
    const rows = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, user.profile.id))
      .orderBy(auditEvents.createdAt);
    expect(rows.map((r) => [r.action, r.result, r.ipAddress, r.userAgent])).toEqual([
      ["auth.sign_in", "failure", ip, "curl/8"],
      ["auth.sign_in", "success", ip, "curl/8"],
    ]);
    expect(rows[0]!.details).toMatchObject({ reason: "invalid_credentials", via: "api" });
    expect(JSON.stringify(rows)).not.toContain("not it at all");
  });

  it("records key, member and role changes for the organization's admins to read", async () => {
    const { owner, org } = await orgWithOwner(db());
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
    const key = await createApiKey({
      ctx: admin.ctx,
      input: {
        name: "CI",
        organization_id: org.id,
        permissions: ["organizations:read"],
        rate_limit_per_minute: 60,
        allowed_ips: [],
      },
    });
    await revokeApiKey({ ctx: admin.ctx, keyId: key.id });
    await revokeApiKey({ ctx: admin.ctx, keyId: key.id }); // changes nothing, records nothing
    await updateMemberRole({
      ctx: owner.ctx,
      orgId: org.id,
      userId: member.profile.id,
      input: { role: "manager" },
    });
    await removeMember({ ctx: admin.ctx, orgId: org.id, userId: member.profile.id });
    await recordIntegrationChange(owner.ctx, {
      kind: "connected",
      provider: "google_calendar",
      integrationId: "00000000-0000-4000-8000-000000000001",
      organizationId: org.id,
      details: { account_email: "cal@example.com" },
    });

    const page = await listAuditEvents({ ctx: admin.ctx, orgId: org.id, input: { limit: 20 } });
    expect(page.items.map((e) => e.action)).toEqual([
      "integration.connected",
      "member.removed",
      "member.role_changed",
      "api_key.revoked",
      "api_key.created",
      "member.added",
      "member.added",
    ]);
    const [integration, removed, changed, revoked, created] = page.items;
    expect(removed).toMatchObject({
      actor_username: admin.profile.username,
      target_username: member.profile.username,
      details: { role: "manager", left: false },
    });
    expect(changed).toMatchObject({
      actor_id: owner.profile.id,
      target_id: member.profile.id,
      details: { from: "member", to: "manager" },
    });
    expect(revoked).toMatchObject({
      target_type: "api_key",
      target_id: key.id,
      details: { name: "CI" },
    });
    expect(created!.details).toMatchObject({
      prefix: key.prefix,
      permissions: ["organizations:read"],
    });
    expect(integration).toMatchObject({
      target_type: "integration",
      details: { provider: "google_calendar" },
    });
    // Only the prefix: the key's value is never in the log.
    expect(JSON.stringify(page)).not.toContain(key.key_value!);

    // Filters and pages.
    const byAction = await listAuditEvents({
      ctx: owner.ctx,
      orgId: org.id,
      input: { limit: 20, action: "member.added" },
    });
    expect(byAction.items).toHaveLength(2);
    const byActor = await listAuditEvents({
      ctx: owner.ctx,
      orgId: org.id,
      input: { limit: 20, actor_id: admin.profile.id },
    });
    expect(byActor.items.map((e) => e.action)).toEqual([
      "member.removed",
      "api_key.revoked",
      "api_key.created",
    ]);
    const future = await listAuditEvents({
      ctx: owner.ctx,
      orgId: org.id,
      input: { limit: 20, since: new Date(Date.now() + 60_000).toISOString() },
    });
    expect(future.items).toEqual([]);
    const past = await listAuditEvents({
      ctx: owner.ctx,
      orgId: org.id,
      input: { limit: 20, until: "2020-01-01T00:00:00.000Z" },
    });
    expect(past.items).toEqual([]);
    const first = await listAuditEvents({ ctx: owner.ctx, orgId: org.id, input: { limit: 4 } });
    const second = await listAuditEvents({
      ctx: owner.ctx,
      orgId: org.id,
      input: { limit: 4, cursor: first.next_cursor! },
    });
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(page.items.map((e) => e.id));
    expect(second.next_cursor).toBeNull();
    const forged = Buffer.from(JSON.stringify(["yesterday", "x"])).toString("base64url");
    expect(
      await codeOf(
        listAuditEvents({ ctx: owner.ctx, orgId: org.id, input: { limit: 4, cursor: forged } }),
      ),
    ).toBe("validation_error");
  });

  it("is for admins and owners only, and never shows another organization's events", async () => {
    const { owner, org } = await orgWithOwner(db());
    const other = await orgWithOwner(db(), "Other");
    const member = await createTestUser(db(), "mem");
    const outsider = await createTestUser(db(), "out");
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: member.profile.email, role: "member" },
    });
    await addMember({
      ctx: other.owner.ctx,
      orgId: other.org.id,
      input: { email: owner.profile.email, role: "admin" },
    });
    expect(
      await codeOf(listAuditEvents({ ctx: member.ctx, orgId: org.id, input: { limit: 20 } })),
    ).toBe("forbidden");
    expect(
      await codeOf(listAuditEvents({ ctx: outsider.ctx, orgId: org.id, input: { limit: 20 } })),
    ).toBe("not_found");
    // The owner administers both: each log holds only its own organization's events.
    const mine = await listAuditEvents({ ctx: owner.ctx, orgId: org.id, input: { limit: 100 } });
    const theirs = await listAuditEvents({
      ctx: owner.ctx,
      orgId: other.org.id,
      input: { limit: 100 },
    });
    const mineIds = new Set(mine.items.map((e) => e.id));
    expect(theirs.items.length).toBeGreaterThan(0);
    expect(theirs.items.some((e) => mineIds.has(e.id))).toBe(false);
    expect(mine.items.every((e) => e.target_id !== owner.profile.id)).toBe(true);
  });

  it("records an organization's deletion after the organization is gone", async () => {
    const { owner, org } = await orgWithOwner(db());
    await deleteOrganization({ ctx: owner.ctx, orgId: org.id });
    const [row] = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.organizationId, org.id));
    expect(row).toMatchObject({
      action: "organization.deleted",
      actorUserId: owner.profile.id,
      details: { name: org.name, slug: org.slug },
    });
  });

  it("serves the log over REST: a key with organizations:read, not without it", async () => {
    const { org, headers } = await orgWithKey(db(), ["organizations:read"]);
    const route = "/api/organizations/{org_id}/audit-log";
    const ok = await callRest(
      "GET",
      `/api/organizations/${org.id}/audit-log?action=api_key.created`,
      { route, params: { org_id: org.id }, headers },
    );
    expect(ok.status).toBe(200);
    expect((ok.json.items as unknown[]).length).toBe(1);
    const weak = await orgWithKey(db(), ["conversations:read"]);
    const refused = await callRest("GET", `/api/organizations/${weak.org.id}/audit-log`, {
      route,
      params: { org_id: weak.org.id },
      headers: weak.headers,
    });
    expect(refused.status).toBe(403);
    const foreign = await callRest("GET", `/api/organizations/${weak.org.id}/audit-log`, {
      route,
      params: { org_id: weak.org.id },
      headers,
    });
    expect(foreign.status).toBe(404);
    const bad = await callRest("GET", `/api/organizations/${org.id}/audit-log?action=everything`, {
      route,
      params: { org_id: org.id },
      headers,
    });
    expect(bad.status).toBe(400);
  });
});

describeEachDatabase("sign-in history", (db) => {
  it("shows a user their own sign-ins and failed attempts, and nobody else's", async () => {
    const user = await createTestUser(db(), "hist");
    const other = await createTestUser(db(), "hist");
    const ip = uniqueIp();
    for (const password of ["wrong wrong", "password123"]) {
      await codeOf(
        login({
          ctx: anonymousCtx(db(), ip),
          input: { username: user.profile.username, password },
        }),
      );
    }
    await login({
      ctx: anonymousCtx(db()),
      input: { username: other.profile.username, password: "password123" },
    });
    const mine = await listMySignIns({ ctx: user.ctx, input: { limit: 20 } });
    expect(mine.items.map((e) => [e.result, e.ip_address, e.reason])).toEqual([
      ["success", ip, null],
      ["failure", ip, "invalid_credentials"],
    ]);
  });
});
