// Scale-out (PostgreSQL): the key read on one instance, then on two sharing the same connections,
// and a rate limit that must hold exactly across both.
import type { Instance } from "../lib/instances.ts";
import { record } from "./report.ts";
import { load } from "./rest.ts";
import { settings } from "./settings.ts";
import { call, type World } from "./world.ts";

const CONNECTIONS = settings.connections;

export async function scaleOut(a: Instance, b: Instance, world: World) {
  const read = (base: string) => `${base}/api/core/notes?limit=1`;
  const one = await load(read(a.base), world.keys);
  const both = await Promise.all([
    load(read(a.base), world.keys, CONNECTIONS / 2),
    load(read(b.base), world.keys, CONNECTIONS / 2),
  ]);
  const two = both[0].rps + both[1].rps;
  const refused = (n: number) => (n ? `, ${n} non-2xx` : "");
  const cmd = "BENCH_ONLY=scale npm run bench";
  record(
    "PostgreSQL: key read, one instance",
    `${one.rps.toFixed(0)} req/s${refused(one.bad)}`,
    "",
    null,
    cmd,
  );
  record(
    "PostgreSQL: key read, two instances (same connections)",
    `${two.toFixed(0)} req/s (${(two / one.rps).toFixed(2)}×)${refused(both[0].bad + both[1].bad)}`,
    "> 1×",
    two > one.rps && one.bad + both[0].bad + both[1].bad === 0,
    cmd,
  );
  // Exactness across instances: a key limited to 30 a minute, 60 requests spread over both.
  const limited = (await call(
    world.base,
    "POST",
    "/api/api-keys",
    {
      name: "limited",
      organization_id: world.orgId,
      permissions: ["api:admin"],
      rate_limit_per_minute: 30,
    },
    world.bearer,
  )) as { key_value: string };
  const statuses = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      fetch(read(i % 2 ? b.base : a.base), { headers: { "x-api-key": limited.key_value } }).then(
        (r) => r.status,
      ),
    ),
  );
  const ok = statuses.filter((s) => s === 200).length;
  record(
    "PostgreSQL: a 30/min key, 60 requests over two instances: admitted",
    String(ok),
    "≤ 30 (never more)",
    ok <= 30,
    cmd,
  );
}
