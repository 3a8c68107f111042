import type { APIRequestContext, APIResponse } from "@playwright/test";

let counter = 0;
// Each Playwright worker is its own process with its own counter: two workers registering in the
// same millisecond made the same name (a CI run failed with "email_taken"). A random part per
// process keeps them apart.
const WORKER = Math.random().toString(36).slice(2, 6);

/** A username no other journey (or earlier run on the same database) has used. */
export function uniqueName(prefix = "user"): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${WORKER}${counter}`;
}

export async function registerUser(
  request: APIRequestContext,
  overrides: Partial<Record<string, string>> = {},
) {
  const username = overrides.username ?? uniqueName();
  const account = {
    email: `${username}@example.com`,
    username,
    password: "a good long password",
    ...overrides,
  };
  const response = await request.post("/api/auth/register", { data: account });
  if (response.status() !== 201)
    throw new Error(`register failed: ${response.status()} ${await response.text()}`);
  return account;
}

/** Registers and logs in; answers the bearer headers and the account. */
export async function signedInClient(
  request: APIRequestContext,
  overrides: Partial<Record<string, string>> = {},
) {
  const account = await registerUser(request, overrides);
  const login = await request.post("/api/auth/login", {
    form: { username: account.username, password: account.password },
  });
  const { access_token } = await login.json();
  return { account, headers: { authorization: `Bearer ${access_token}` } };
}

async function created(response: APIResponse, what: string) {
  if (response.status() !== 201)
    throw new Error(`${what} failed: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Creates an organization (the caller becomes its owner); answers the OrganizationResponse. */
export async function createOrganization(
  request: APIRequestContext,
  headers: Record<string, string>,
  name: string,
) {
  return created(
    await request.post("/api/organizations", { headers, data: { name } }),
    "creating an organization",
  );
}

/** Creates an API key; answers the APIKeyResponse with its `key_value`. */
export async function createApiKey(
  request: APIRequestContext,
  headers: Record<string, string>,
  data: Record<string, unknown>,
) {
  return created(
    await request.post("/api/api-keys", { headers, data: { name: "e2e", ...data } }),
    "creating an API key",
  );
}
