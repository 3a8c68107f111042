import type { Db } from "@/db/client";
import { createApiKey } from "@/server/api-keys/api-keys";
import { createOrganization } from "@/server/organizations/organizations";
import { AppError } from "@/server/platform/errors";
import type { Scope } from "@/server/platform/scopes";
import { unique } from "./databases";
import { callRest } from "./rest";
import { createTestUser } from "./users";

/** "ok", or the AppError code the promise failed with (anything else fails the test). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "ok",
    (e: unknown) => {
      if (e instanceof AppError) return e.code;
      throw e;
    },
  );
}

/** A new organization and its owner. */
export async function orgWithOwner(db: Db, name = "Acme") {
  const owner = await createTestUser(db, "own");
  const org = await createOrganization({
    ctx: owner.ctx,
    input: { name: `${name} ${unique("")}` },
  });
  return { owner, org };
}

/** A new organization, its owner, and an API key of theirs with these scopes. */
export async function orgWithKey(
  db: Db,
  permissions: Scope[],
  extra: { rate_limit_per_minute?: number; allowed_ips?: string[] } = {},
) {
  const { owner, org } = await orgWithOwner(db, "Keyed");
  const key = await createApiKey({
    ctx: owner.ctx,
    input: {
      name: "CI",
      organization_id: org.id,
      permissions,
      rate_limit_per_minute: extra.rate_limit_per_minute ?? 60,
      allowed_ips: extra.allowed_ips ?? [],
    },
  });
  return { owner, org, key, headers: { "x-api-key": key.key_value! } };
}

/** GET /api/organizations/{org_id} through its route handler. */
export function getOrgRest(orgId: string, init: Parameters<typeof callRest>[2] = {}) {
  return callRest("GET", `/api/organizations/${orgId}`, {
    route: "/api/organizations/{org_id}",
    params: { org_id: orgId },
    ...init,
  });
}
