// Setup over REST: a user with an organization, an admin API key and one note, on one instance.
export type World = {
  base: string;
  bearer: Record<string, string>;
  keyed: Record<string, string>;
  /**
   * Keys of the same user and organization that a load cycles through: one key admits at most
   * 6,000 requests a minute (the contract's ceiling), which one instance here exceeds, and a
   * refused request is a cheap 429 that would inflate the figure.
   */
  keys: Array<Record<string, string>>;
  orgId: string;
  username: string;
  password: string;
};

export async function call(
  base: string,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(base + url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

/** 32 keys × 6,000 a minute: 3,200 requests a second before any key's limit is reached. */
const KEY_POOL = 32;

export async function makeWorld(base: string, tag: string): Promise<World> {
  const username = `bench${tag}${Date.now().toString(36)}`;
  const password = "bench password";
  await call(base, "POST", "/api/auth/register", {
    email: `${username}@example.com`,
    username,
    password,
  });
  const login = (await call(base, "POST", "/api/auth/login", { username, password })) as {
    access_token: string;
  };
  const bearer = { authorization: `Bearer ${login.access_token}` };
  const org = (await call(
    base,
    "POST",
    "/api/organizations",
    { name: `Bench ${tag}` },
    bearer,
  )) as { id: string };
  const keys: Array<Record<string, string>> = [];
  for (let i = 0; i < KEY_POOL; i++) {
    const key = (await call(
      base,
      "POST",
      "/api/api-keys",
      {
        name: `bench ${i + 1}`,
        organization_id: org.id,
        permissions: ["api:admin"],
        rate_limit_per_minute: 6000,
      },
      bearer,
    )) as { key_value: string };
    keys.push({ "x-api-key": key.key_value });
  }
  const keyed = keys[0]!;
  // Made by the key, so it belongs to the key's organization: both credentials read it.
  await call(
    base,
    "POST",
    "/api/core/notes",
    { title: "Bench", content: "One note to read." },
    keyed,
  );
  return { base, bearer, keyed, keys, orgId: org.id, username, password };
}
