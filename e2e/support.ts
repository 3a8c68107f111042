import type { APIRequestContext } from "@playwright/test";

let counter = 0;

/** A username no other journey (or earlier run on the same database) has used. */
export function uniqueName(prefix = "user"): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
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
