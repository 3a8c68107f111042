// The mixed workload of `npm run bench:load` and `npm run chaos`: what a day of real traffic does.
// A later feature adds its own traffic by adding an action here (knowledge search, Live
// heartbeats, XEL submissions …), with a weight in proportion to how often clients do it.

export type VirtualUser = {
  username: string;
  password: string;
  bearer: Record<string, string>;
  /** An API key of the user's organization with read scopes. */
  key: Record<string, string>;
  orgId: string;
  conversationId: string;
};

export type Http = (
  method: string,
  path: string,
  init?: { body?: unknown; headers?: Record<string, string>; form?: boolean },
) => Promise<{ status: number; body: unknown }>;

export type Action = {
  name: string;
  weight: number;
  run: (user: VirtualUser, http: Http, n: number) => Promise<{ status: number; body: unknown }>;
};

const WORDS = ["photosynthesis", "grammar", "vectors", "essay", "fractions", "history", "verbs"];
const word = (n: number) => WORDS[n % WORDS.length]!;

export const WORKLOAD: Action[] = [
  {
    name: "login",
    weight: 1,
    run: (u, http) =>
      http("POST", "/api/auth/login", {
        body: { username: u.username, password: u.password },
        form: true,
      }),
  },
  { name: "me", weight: 1, run: (u, http) => http("GET", "/api/auth/me", { headers: u.bearer }) },
  {
    name: "chat (offline tutor)",
    weight: 2,
    run: (u, http, n) =>
      http("POST", "/api/core/chat", {
        headers: u.bearer,
        body: { message: `Explain ${word(n)} briefly`, conversation_id: u.conversationId },
      }),
  },
  {
    name: "create note",
    weight: 2,
    run: (u, http, n) =>
      http("POST", "/api/core/notes", {
        headers: u.bearer,
        body: { title: `Note about ${word(n)} ${n}`, content: `Some thoughts on ${word(n + 1)}.` },
      }),
  },
  {
    name: "list notes",
    weight: 2,
    run: (u, http) => http("GET", "/api/core/notes?limit=20", { headers: u.bearer }),
  },
  {
    name: "search",
    weight: 2,
    run: (u, http, n) =>
      http("GET", `/api/core/search?q=${word(n)}&limit=10`, { headers: u.bearer }),
  },
  {
    name: "list conversations",
    weight: 1,
    run: (u, http) => http("GET", "/api/core/conversations?limit=20", { headers: u.bearer }),
  },
  {
    name: "get organization",
    weight: 1,
    run: (u, http) => http("GET", `/api/organizations/${u.orgId}`, { headers: u.bearer }),
  },
  {
    name: "key: list members",
    weight: 2,
    run: (u, http) => http("GET", `/api/organizations/${u.orgId}/members`, { headers: u.key }),
  },
  {
    name: "key: list conversations",
    weight: 1,
    run: (u, http) => http("GET", "/api/core/conversations?limit=10", { headers: u.key }),
  },
];

/** Picks an action in proportion to the weights. */
export function pick(actions: Action[], random: number): Action {
  const total = actions.reduce((s, a) => s + a.weight, 0);
  let at = random * total;
  for (const action of actions) {
    at -= action.weight;
    if (at < 0) return action;
  }
  return actions.at(-1)!;
}

/** An HTTP client for one base URL; JSON in and out. */
export function httpFor(base: string): Http {
  return async (method, path, init = {}) => {
    const body =
      init.body === undefined
        ? undefined
        : init.form
          ? new URLSearchParams(init.body as Record<string, string>).toString()
          : JSON.stringify(init.body);
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(body !== undefined && {
          "content-type": init.form ? "application/x-www-form-urlencoded" : "application/json",
        }),
        ...init.headers,
      },
      body,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (a stream)
    }
    return { status: response.status, body: parsed };
  };
}

/** Registers a user with an organization, a read key and a conversation. */
export async function createVirtualUser(http: Http, tag: string): Promise<VirtualUser> {
  const username = `load_${tag}`;
  const password = "load password 1";
  const ok = (r: { status: number; body: unknown }, what: string) => {
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as Record<string, string>;
  };
  ok(
    await http("POST", "/api/auth/register", {
      body: { email: `${username}@example.com`, username, password },
    }),
    "register",
  );
  const tokens = ok(
    await http("POST", "/api/auth/login", { body: { username, password } }),
    "login",
  );
  const bearer = { authorization: `Bearer ${tokens.access_token}` };
  const org = ok(
    await http("POST", "/api/organizations", { headers: bearer, body: { name: `Load ${tag}` } }),
    "org",
  );
  const key = ok(
    await http("POST", "/api/api-keys", {
      headers: bearer,
      body: {
        name: "load",
        organization_id: org.id,
        permissions: ["organizations:read", "conversations:read"],
        rate_limit_per_minute: 6000,
      },
    }),
    "key",
  );
  const conversation = ok(
    await http("POST", "/api/core/conversations", {
      headers: bearer,
      body: { organization_id: org.id },
    }),
    "conversation",
  );
  return {
    username,
    password,
    bearer,
    key: { "x-api-key": key.key_value! },
    orgId: org.id!,
    conversationId: conversation.id!,
  };
}
