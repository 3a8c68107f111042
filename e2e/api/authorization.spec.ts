import { expect, test, type APIRequestContext } from "@playwright/test";
import { createApiKey, createOrganization, signedInClient, uniqueName } from "../support";

type Operation = {
  path: string;
  method: string;
  security: Array<Record<string, string[]>>;
  "x-required-scopes"?: string[];
};

/** Every documented operation, from the same OpenAPI document integrators read. */
async function operations(request: APIRequestContext): Promise<Operation[]> {
  const doc = await (await request.get("/api/openapi.json")).json();
  return Object.entries(
    doc.paths as Record<string, Record<string, Omit<Operation, "path" | "method">>>,
  ).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ ...op, path, method: method.toUpperCase() })),
  );
}

const RANDOM_ID = "00000000-0000-4000-8000-000000000000";

function call(
  request: APIRequestContext,
  op: Operation,
  headers: Record<string, string>,
  ids: Record<string, string> = {},
) {
  const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? RANDOM_ID);
  return request.fetch(url, {
    method: op.method,
    headers,
    ...(op.method === "GET" || op.method === "DELETE" ? {} : { data: {} }),
  });
}

test("every REST route refuses every wrong credential with the documented error", async ({
  request,
}) => {
  const admin = await signedInClient(request);
  const org = await createOrganization(request, admin.headers, `Sweep ${uniqueName("")}`);
  const other = await createOrganization(request, admin.headers, `Sweep other ${uniqueName("")}`);
  const makeKey = (data: Record<string, unknown>) =>
    createApiKey(request, admin.headers, { organization_id: org.id, ...data });
  // A scope no documented endpoint asks for (xel:read now guards the evaluation lists).
  const noScope = await makeKey({ permissions: ["integrations:read"] });
  // integrations:read guards the Integrations group itself: its endpoints get a quiz:read key.
  const noIntegrationScope = await makeKey({ permissions: ["quiz:read"] });
  const fenced = await makeKey({ permissions: ["api:admin"], allowed_ips: ["203.0.113.0/24"] });
  const revoked = await makeKey({ permissions: ["api:admin"] });
  const sameOrg = await makeKey({ permissions: ["api:admin"] });
  await request.delete(`/api/api-keys/${revoked.id}`, { headers: admin.headers });
  const logout = await signedInClient(request);
  await request.post("/api/auth/logout", { headers: logout.headers });

  const guarded = (await operations(request)).filter((op) => op.security.length > 0);
  expect(guarded.length).toBeGreaterThan(15);
  for (const op of guarded) {
    const name = `${op.method} ${op.path}`;
    const scoped = (op["x-required-scopes"] ?? []).length > 0;
    const expectError = async (
      headers: Record<string, string>,
      status: number,
      code: string,
      ids?: Record<string, string>,
    ) => {
      const res = await call(request, op, headers, ids);
      const text = await res.text();
      const body = text ? JSON.parse(text) : { detail: { error: `empty ${res.status()}` } };
      expect({ name, status: res.status(), code: body.detail?.error }).toEqual({
        name,
        status,
        code,
      });
    };
    await expectError({}, 401, "not_authenticated");
    await expectError({ authorization: "Bearer not.a.token" }, 401, "invalid_token");
    await expectError(logout.headers, 401, "invalid_token");
    await expectError({ "x-api-key": `xntr-${"x".repeat(86)}` }, 401, "invalid_api_key");
    await expectError({ "x-api-key": revoked.key_value }, 401, "invalid_api_key");
    await expectError({ "x-api-key": fenced.key_value }, 403, "ip_not_allowed");
    const lacking = (op["x-required-scopes"] ?? []).some((s) => s.startsWith("integrations:"))
      ? noIntegrationScope
      : noScope;
    await expectError(
      { "x-api-key": lacking.key_value },
      403,
      scoped ? "INSUFFICIENT_API_KEY_SCOPE" : "bearer_required",
    );
    if (scoped && op.path.includes("{org_id}") && (op.method === "GET" || op.method === "DELETE")) {
      // A key of one organization acts as if another's did not exist. (Operations with a body
      // validate it first: an empty one is a 400 before anything is looked up.)
      await expectError({ "x-api-key": sameOrg.key_value }, 404, "not_found", { org_id: other.id });
    }
  }
});
