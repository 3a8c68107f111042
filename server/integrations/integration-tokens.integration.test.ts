import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as jose from "jose";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bindRoute } from "@/server/http/registry";
import { addMember } from "@/server/organizations/members";
import { describeEachDatabase } from "@/tests/databases";
import { codeOf, orgWithKey, orgWithOwner } from "@/tests/fixtures";
import { bearerFor } from "@/tests/fuzz/world";
import { callRest } from "@/tests/rest";
import { createTestUser } from "@/tests/users";
import { grantIntegrationToken, rotateIntegrationToken } from "./tokens/grant";
import { listRevocations, revokeIntegrationToken } from "./tokens/revoke";
import { verifyIntegrationToken } from "./tokens/verify";

// Integration tokens: grant, verify, revoke, rotate; verified by a third party with a standard
// JWT library against the running JWKS endpoint; never across tenants.

/** The public JWKS endpoint served over HTTP, as a partner's verifier reaches it. */
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const handler = bindRoute(url.pathname).GET;
    void handler(new Request(url), { params: Promise.resolve({}) }).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const verifyWithJwks = (token: string, tenantId: string) =>
  jose.jwtVerify(
    token,
    jose.createRemoteJWKSet(new URL(`${base}/api/integration/jwks?tenantId=${tenantId}`)),
    { issuer: "urn:xentree:integration", audience: `urn:xentree:tenant:${tenantId}` },
  );

describeEachDatabase("integration tokens", (db) => {
  it("grants a token that a standard JWT library verifies against the tenant's JWKS", async () => {
    const { owner, org } = await orgWithOwner(db(), "Tokens");
    const granted = await grantIntegrationToken({
      ctx: owner.ctx,
      input: {
        tenantId: org.tenant_id,
        mode: "embed",
        origin: "https://partner.example",
        scopes: ["xel:read"],
        ttlSeconds: 600,
      },
    });
    expect(granted.tenantId).toBe(org.tenant_id);
    expect(new Date(granted.expiresAt).getTime() - new Date(granted.issuedAt).getTime()).toBe(
      600_000,
    );
    const { payload, protectedHeader } = await verifyWithJwks(granted.token, org.tenant_id);
    expect(protectedHeader).toMatchObject({ alg: "RS256", kid: granted.kid });
    expect(payload).toMatchObject({
      jti: granted.jti,
      tid: org.tenant_id,
      mode: "embed",
      origin: "https://partner.example",
      scope: "xel:read",
    });

    const verdict = await verifyIntegrationToken({
      ctx: owner.ctx,
      input: { token: granted.token, tenantId: org.tenant_id },
    });
    expect(verdict).toMatchObject({ active: true, reason: null, claims: { jti: granted.jti } });

    // The fingerprint is the SHA-256 of the published key.
    const fp = await callRest("GET", `/api/integration/fingerprint?tenantId=${org.tenant_id}`, {
      route: "/api/integration/fingerprint",
    });
    expect(fp.status).toBe(200);
    const jwks = await (
      await fetch(`${base}/api/integration/jwks?tenantId=${org.tenant_id}`)
    ).json();
    expect(fp.json.kid).toBe(granted.kid);
    expect(fp.json.thumbprint).toBe(await jose.calculateJwkThumbprint(jwks.keys[0], "sha256"));
    expect(fp.json.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(jwks)).not.toMatch(/"d"|"p"|"q"/);
  });

  it("caps the lifetime and refuses bad grants clearly", async () => {
    const { owner, org } = await orgWithOwner(db(), "Caps");
    const long = await grantIntegrationToken({
      ctx: owner.ctx,
      input: { tenantId: org.tenant_id, mode: "server", scopes: ["xel:read"], ttlSeconds: 86_400 },
    });
    expect(new Date(long.expiresAt).getTime() - new Date(long.issuedAt).getTime()).toBe(3_600_000);
    const bearer = await bearerFor(owner);
    const noOrigin = await callRest("POST", "/api/integration/grant", {
      headers: bearer,
      body: { tenantId: org.tenant_id, mode: "embed", scopes: ["xel:read"] },
    });
    expect(noOrigin.status).toBe(400);
    expect(JSON.stringify(noOrigin.json)).toContain("origin");
    const noTenant = await callRest("POST", "/api/integration/grant", {
      headers: bearer,
      body: { mode: "server", scopes: ["xel:read"] },
    });
    expect(noTenant.status).toBe(400);
  });

  it("revokes at once, by token or by jti, and lists who revoked it, when and why", async () => {
    const { owner, org } = await orgWithOwner(db(), "Revoke");
    const grant = () =>
      grantIntegrationToken({
        ctx: owner.ctx,
        input: { tenantId: org.tenant_id, mode: "server", scopes: ["xel:read"], ttlSeconds: 900 },
      });
    const first = await grant();
    const second = await grant();
    const r1 = await revokeIntegrationToken({
      ctx: owner.ctx,
      input: { token: first.token, reason: "Partner left" },
    });
    expect(r1).toMatchObject({
      jti: first.jti,
      reason: "Partner left",
      revokedBy: owner.profile.id,
    });
    expect(
      await verifyIntegrationToken({ ctx: owner.ctx, input: { token: first.token } }),
    ).toMatchObject({ active: false, reason: "revoked" });
    // Again: the first revocation, unchanged.
    const again = await revokeIntegrationToken({
      ctx: owner.ctx,
      input: { token: first.token, reason: "twice" },
    });
    expect(again.reason).toBe("Partner left");
    await revokeIntegrationToken({
      ctx: owner.ctx,
      input: { tenantId: org.tenant_id, jti: second.jti, reason: "Leaked in a log" },
    });
    const page = await listRevocations({
      ctx: owner.ctx,
      input: { tenantId: org.tenant_id, limit: 1 },
    });
    expect(page.items).toHaveLength(1);
    expect(page.next_cursor).not.toBeNull();
    const rest = await callRest(
      "GET",
      `/api/admin/integration-token-revocations?tenantId=${org.tenant_id}&limit=1&cursor=${page.next_cursor}`,
      { route: "/api/admin/integration-token-revocations", headers: await bearerFor(owner) },
    );
    expect(rest.status).toBe(200);
    const items = [...page.items, ...(rest.json.items as typeof page.items)];
    expect(items.map((i) => i.reason).sort()).toEqual(["Leaked in a log", "Partner left"]);
    expect(items[0]!.revokedByUsername).toBe(owner.profile.username);
  });

  it("rotates: a new token, the old one revoked, atomically; a rotated signing key stays published", async () => {
    const { owner, org } = await orgWithOwner(db(), "Rotate");
    const old = await grantIntegrationToken({
      ctx: owner.ctx,
      input: {
        tenantId: org.tenant_id,
        mode: "server",
        scopes: ["xel:read", "quiz:read"],
        ttlSeconds: 300,
      },
    });
    const rotated = await rotateIntegrationToken({
      ctx: owner.ctx,
      input: { token: old.token, reason: "rotated", rotateSigningKey: true },
    });
    expect(rotated.revokedJti).toBe(old.jti);
    expect(rotated.scopes).toEqual(["xel:read", "quiz:read"]);
    expect(rotated.kid).not.toBe(old.kid);
    expect(
      await verifyIntegrationToken({ ctx: owner.ctx, input: { token: old.token } }),
    ).toMatchObject({ active: false, reason: "revoked" });
    expect(
      await verifyIntegrationToken({ ctx: owner.ctx, input: { token: rotated.token } }),
    ).toMatchObject({ active: true });
    // Both keys are in the JWKS: the old key's tokens may still be out there until they expire.
    const jwks = await (
      await fetch(`${base}/api/integration/jwks?tenantId=${org.tenant_id}`)
    ).json();
    expect(jwks.keys.map((k: { kid: string }) => k.kid).sort()).toEqual(
      [old.kid, rotated.kid].sort(),
    );
    await verifyWithJwks(rotated.token, org.tenant_id);
    // Rotating a revoked token is refused, and changes nothing.
    expect(
      await codeOf(
        rotateIntegrationToken({
          ctx: owner.ctx,
          input: { token: old.token, reason: "again", rotateSigningKey: false },
        }),
      ),
    ).toBe("conflict");
  });

  it("refuses across tenants, and below admin", async () => {
    const a = await orgWithOwner(db(), "TenantA");
    const b = await orgWithKey(db(), ["integrations:write", "integrations:read"]);
    const token = await grantIntegrationToken({
      ctx: a.owner.ctx,
      input: { tenantId: a.org.tenant_id, mode: "server", scopes: ["xel:read"], ttlSeconds: 600 },
    });
    // B's owner and B's key cannot see, revoke or rotate A's token, nor grant in A.
    expect(
      await verifyIntegrationToken({
        ctx: b.owner.ctx,
        input: { token: token.token, tenantId: b.org.tenant_id },
      }),
    ).toMatchObject({ active: false, reason: "wrong_tenant" });
    expect(
      await codeOf(verifyIntegrationToken({ ctx: b.owner.ctx, input: { token: token.token } })),
    ).toBe("not_found");
    const keyVerify = await callRest("POST", "/api/integration/verify", {
      headers: b.headers,
      body: { token: token.token },
    });
    expect(keyVerify.json).toMatchObject({ active: false, reason: "wrong_tenant" });
    const keyRevoke = await callRest("POST", "/api/integration/revoke", {
      headers: b.headers,
      body: { token: token.token, reason: "hostile" },
    });
    expect(keyRevoke.status).toBe(404);
    const keyGrant = await callRest("POST", "/api/integration/grant", {
      headers: b.headers,
      body: { tenantId: a.org.tenant_id, mode: "server", scopes: ["xel:read"] },
    });
    expect(keyGrant.status).toBe(404);
    expect(
      await codeOf(
        rotateIntegrationToken({
          ctx: b.owner.ctx,
          input: { token: token.token, reason: "x", rotateSigningKey: false },
        }),
      ),
    ).toBe("not_found");
    // A's token does not verify against B's keys with a standard library either.
    await grantIntegrationToken({
      ctx: b.owner.ctx,
      input: { tenantId: b.org.tenant_id, mode: "server", scopes: ["xel:read"], ttlSeconds: 600 },
    });
    await expect(verifyWithJwks(token.token, b.org.tenant_id)).rejects.toThrow();
    // Still active for A.
    expect(
      await verifyIntegrationToken({ ctx: a.owner.ctx, input: { token: token.token } }),
    ).toMatchObject({ active: true });

    // A plain member may verify but not grant or revoke.
    const member = await createTestUser(db(), "mem");
    await addMember({
      ctx: a.owner.ctx,
      orgId: a.org.id,
      input: { email: member.profile.email, role: "member" },
    });
    expect(
      await verifyIntegrationToken({ ctx: member.ctx, input: { token: token.token } }),
    ).toMatchObject({ active: true });
    expect(
      await codeOf(
        grantIntegrationToken({
          ctx: member.ctx,
          input: {
            tenantId: a.org.tenant_id,
            mode: "server",
            scopes: ["xel:read"],
            ttlSeconds: 60,
          },
        }),
      ),
    ).toBe("forbidden");
    expect(
      await codeOf(
        revokeIntegrationToken({ ctx: member.ctx, input: { token: token.token, reason: "no" } }),
      ),
    ).toBe("forbidden");
  });

  it("an API key grants only scopes it holds, in its own tenant", async () => {
    const { org, headers } = await orgWithKey(db(), ["integrations:write", "xel:read"]);
    const ok = await callRest("POST", "/api/integration/grant", {
      headers,
      body: { mode: "server", scopes: ["xel:read"], ttlSeconds: 120 },
    });
    expect(ok.status, JSON.stringify(ok.json)).toBe(201);
    expect(ok.json.tenantId).toBe(org.tenant_id);
    const beyond = await callRest("POST", "/api/integration/grant", {
      headers,
      body: { mode: "server", scopes: ["conversations:write"] },
    });
    expect(beyond.status).toBe(403);
  });
});
