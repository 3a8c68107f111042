import { expect } from "vitest";
import { callRest } from "../rest";

type Headers = Record<string, string>;

/**
 * Organization A's integration objects, made through REST as an admin would: A's tenant id and
 * an integration token (with its jti) that the rows aim at.
 */
export async function buildIntegrationObjects(orgId: string, owner: Headers) {
  const org = await callRest("GET", `/api/organizations/${orgId}`, {
    route: "/api/organizations/{org_id}",
    params: { org_id: orgId },
    headers: owner,
  });
  expect(org.status, JSON.stringify(org.json)).toBe(200);
  const tenant = String(org.json.tenant_id);
  const granted = await callRest("POST", "/api/integration/grant", {
    headers: owner,
    body: { tenantId: tenant, mode: "server", scopes: ["xel:read"], ttlSeconds: 3600 },
  });
  expect(granted.status, JSON.stringify(granted.json)).toBe(201);
  return {
    tenant,
    integrationToken: String(granted.json.token),
    integrationTokenJti: String(granted.json.jti),
  };
}
