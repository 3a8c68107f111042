// After a multi-instance run: the limits and replays that must hold across instances, checked
// with concurrent requests spread over all of them.
import type { Instance } from "./instances.ts";
import { httpFor, type VirtualUser } from "./workload.ts";

export async function checkExactness(instances: Instance[], user: VirtualUser) {
  const https = instances.map((i) => httpFor(i.base));
  const spread = <T>(n: number, f: (http: (typeof https)[number], i: number) => Promise<T>) =>
    Promise.all(Array.from({ length: n }, (_, i) => f(https[i % https.length]!, i)));

  // A key limited to 30 a minute, hit 90 times at once across the instances (away from a window
  // edge): exactly 30 pass.
  const LIMIT = 30;
  const created = await https[0]!("POST", "/api/api-keys", {
    headers: user.bearer,
    body: {
      name: "exact",
      organization_id: user.orgId,
      permissions: ["organizations:read"],
      rate_limit_per_minute: LIMIT,
    },
  });
  const key = { "x-api-key": (created.body as { key_value: string }).key_value };
  const secondsLeft = 60 - new Date().getUTCSeconds();
  if (secondsLeft < 15) await new Promise((r) => setTimeout(r, secondsLeft * 1000 + 500));
  const hits = await spread(LIMIT * 3, (http) =>
    http("GET", `/api/organizations/${user.orgId}`, { headers: key }),
  );
  const passed = hits.filter((h) => h.status === 200).length;
  const limited = hits.filter((h) => h.status === 429).length;
  console.log(
    `rate limit ${LIMIT}/min across ${instances.length} instances: ${passed} passed, ${limited} × 429 (exact: ${passed === LIMIT})`,
  );

  // One Idempotency-Key sent 20 times at once across the instances: one note, 20 equal answers.
  const title = `exact ${Date.now()}`;
  const answers = await spread(20, (http) =>
    http("POST", "/api/core/notes", {
      headers: { ...user.bearer, "idempotency-key": `exact-${title.replaceAll(" ", "-")}` },
      body: { title, content: "once" },
    }),
  );
  const ids = new Set(answers.map((a) => (a.body as { id?: string }).id));
  const search = await https[0]!("GET", "/api/core/notes?limit=100", { headers: user.bearer });
  const stored = (search.body as { items: { title: string }[] }).items.filter(
    (n) => n.title === title,
  ).length;
  console.log(
    `idempotency across ${instances.length} instances: statuses ${[...new Set(answers.map((a) => a.status))].join(",")}, ${ids.size} distinct id(s), ${stored} note(s) stored (exact: ${ids.size === 1 && stored === 1})`,
  );
  if (passed !== LIMIT || ids.size !== 1 || stored !== 1) process.exitCode = 1;
}
