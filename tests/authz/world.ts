import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { signAccessToken } from "@/server/auth/access-tokens";
import { revokeSession } from "@/server/auth/sessions";
import type { Scope } from "@/server/platform/scopes";
import { grantPlatformAdmin } from "@/server/search-admin/platform-admin";
import { orgWithOwner } from "../fixtures";
import { bearerFor } from "../fuzz/world";
import { callRest } from "../rest";
import { createTestUser, type TestUser } from "../users";
import { buildGroupObjects } from "./world-groups";

type Headers = Record<string, string>;

/**
 * Everyone the authorization matrix calls as, around one organization A owned by `owner`:
 * its admin, manager and member, a stranger with an organization B of their own, API keys in
 * every state, and objects in A (a conversation with a message, a note, a team, a key).
 */
export type AuthzWorld = {
  orgId: string;
  otherOrgId: string;
  owner: TestUser;
  users: {
    admin: TestUser;
    manager: TestUser;
    member: TestUser;
    stranger: TestUser;
    spare: TestUser;
  };
  bearer: { owner: Headers; admin: Headers; manager: Headers; member: Headers; stranger: Headers };
  tokens: { expired: Headers; loggedOut: Headers; malformed: Headers };
  keys: {
    revoked: Headers;
    expired: Headers;
    wrongIp: Headers;
    otherOrg: Headers;
    /** A key whose only scope is this one: enough for nothing but the scope's own endpoints. */
    only: (scope: Scope) => Promise<Headers>;
  };
  ids: {
    conversation: string;
    message: string;
    note: string;
    team: string;
    key: string;
  } & Awaited<ReturnType<typeof buildGroupObjects>>["ids"];
  /** Course ids (the same for everyone). */
  course: { module: string; task: string; response: unknown };
};

async function ok(result: Promise<Awaited<ReturnType<typeof callRest>>>) {
  const r = await result;
  expect(r.status, JSON.stringify(r.json)).toBeLessThan(300);
  return r.json as Record<string, unknown> & { id: string };
}

export async function buildAuthzWorld(db: Db): Promise<AuthzWorld> {
  const { owner, org } = await orgWithOwner(db, "Matrix");
  const { owner: stranger, org: otherOrg } = await orgWithOwner(db, "Elsewhere");
  const as = async (user: TestUser) => bearerFor(user);
  const ownerBearer = await as(owner);
  const post = (path: string, route: string, body: unknown, headers = ownerBearer) =>
    ok(callRest("POST", path, { body, headers, route, params: { org_id: org.id } }));
  const team = await post(
    `/api/organizations/${org.id}/teams`,
    "/api/organizations/{org_id}/teams",
    {
      name: "Team one",
    },
  );
  const join = async (role: string) => {
    const user = await createTestUser(db, role.slice(0, 3));
    await post(`/api/organizations/${org.id}/members`, "/api/organizations/{org_id}/members", {
      email: user.profile.email,
      role,
      team_id: team.id,
    });
    return user;
  };
  const [admin, manager, member] = [
    await join("admin"),
    await join("manager"),
    await join("member"),
  ];
  const spare = await createTestUser(db, "spare");

  const key = async (body: Record<string, unknown>, headers = ownerBearer, organization = org.id) =>
    ok(
      callRest("POST", "/api/api-keys", {
        body: {
          name: "matrix",
          organization_id: organization,
          rate_limit_per_minute: 6000,
          ...body,
        },
        headers,
      }),
    );
  const header = (k: Record<string, unknown>) => ({ "x-api-key": String(k.key_value) });
  const full = await key({ permissions: ["api:admin"] });
  const revoked = await key({ permissions: ["api:admin"] });
  await callRest("DELETE", `/api/api-keys/${revoked.id}`, {
    headers: ownerBearer,
    route: "/api/api-keys/{key_id}",
    params: { key_id: revoked.id },
  });
  const expired = await key({ permissions: ["api:admin"] });
  await db
    .update(apiKeys)
    .set({ expiresAt: new Date(Date.now() - 60_000) })
    .where(eq(apiKeys.id, expired.id));
  const wrongIp = await key({ permissions: ["api:admin"], allowed_ips: ["192.0.2.1"] });
  const onlyKeys: Partial<Record<Scope, Headers>> = {};
  const otherOrgKey = await key({ permissions: ["api:admin"] }, await as(stranger), otherOrg.id);

  const conversation = await ok(
    callRest("POST", "/api/core/conversations", {
      body: { organization_id: org.id },
      headers: ownerBearer,
    }),
  );
  const chat = await ok(
    callRest("POST", "/api/core/chat", {
      body: { message: "hello", conversation_id: conversation.id },
      headers: ownerBearer,
    }),
  );
  const note = await ok(
    callRest("POST", "/api/core/notes", {
      body: { title: "mine", conversation_id: conversation.id },
      headers: ownerBearer,
    }),
  );

  const groups = await buildGroupObjects(db, org.id, ownerBearer);
  // A's owner maintains the search index too (the matrix's owner passes every row).
  await grantPlatformAdmin(db, owner.profile.email, "authz-world");

  const loggedOutUser = await createTestUser(db, "out");
  const loggedOut = await bearerFor(loggedOutUser);
  await revokeSession(db, loggedOutUser.ctx.actor.sessionId, "logout");
  const expiredToken = await signAccessToken(
    { userId: owner.profile.id, sessionId: owner.ctx.actor.sessionId },
    new Date(Date.now() - 24 * 60 * 60 * 1000),
  );

  return {
    orgId: org.id,
    otherOrgId: otherOrg.id,
    owner,
    users: { admin, manager, member, stranger, spare },
    bearer: {
      owner: ownerBearer,
      admin: await as(admin),
      manager: await as(manager),
      member: await as(member),
      stranger: await as(stranger),
    },
    tokens: {
      expired: { authorization: `Bearer ${expiredToken}` },
      loggedOut,
      malformed: { authorization: "Bearer not.a-token" },
    },
    keys: {
      revoked: header(revoked),
      expired: header(expired),
      wrongIp: header(wrongIp),
      otherOrg: header(otherOrgKey),
      only: async (scope) => (onlyKeys[scope] ??= header(await key({ permissions: [scope] }))),
    },
    ids: {
      conversation: conversation.id,
      message: String(chat.message_id),
      note: note.id,
      team: team.id,
      key: full.id,
      ...groups.ids,
    },
    course: groups.course,
  };
}
