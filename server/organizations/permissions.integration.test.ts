import { expect, it } from "vitest";
import type { Role } from "@/db/schema";
import { createApiKey } from "@/server/api-keys/api-keys";
import { listAuditEvents } from "@/server/audit/audit-log";
import { AppError } from "@/server/platform/errors";
import { describeEachDatabase } from "@/tests/databases";
import { createTestUser, type TestUser } from "@/tests/users";
import { addMember, listMembers, removeMember, updateMemberRole } from "./members";
import { replaceMember } from "./member-replace";
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  updateOrganization,
} from "./organizations";
import { ACTIONS, can, type Action } from "./permissions";
import { createTeam, listTeams } from "./teams";

// The product's permission table, written out by hand: the code's table must agree with it.
const EXPECTED: Record<Action, Record<Role, boolean>> = {
  "organization.read": { owner: true, admin: true, manager: true, member: true },
  "organization.update": { owner: true, admin: true, manager: false, member: false },
  "organization.delete": { owner: true, admin: false, manager: false, member: false },
  "members.read": { owner: true, admin: true, manager: true, member: true },
  "members.add": { owner: true, admin: true, manager: false, member: false },
  "members.update": { owner: true, admin: true, manager: true, member: false },
  "members.remove": { owner: true, admin: true, manager: true, member: false },
  "members.move": { owner: true, admin: true, manager: false, member: false },
  "teams.read": { owner: true, admin: true, manager: true, member: true },
  "teams.manage": { owner: true, admin: true, manager: false, member: false },
  "api_keys.manage": { owner: true, admin: true, manager: false, member: false },
  "audit_log.read": { owner: true, admin: true, manager: false, member: false },
};
const ROLES: Role[] = ["owner", "admin", "manager", "member"];

it("the code's permission table is the product's", () => {
  expect(ACTIONS.sort()).toEqual((Object.keys(EXPECTED) as Action[]).sort());
  for (const action of ACTIONS)
    for (const role of ROLES)
      expect(can(role, action), `${role} ${action}`).toBe(EXPECTED[action][role]);
});

describeEachDatabase("organization permissions, role by action", (db) => {
  /**
   * A fresh organization in which `actor` has `role` (in team T when a manager or member), with
   * a plain member of team T as the target of member actions.
   */
  async function arrange(role: Role) {
    const owner = await createTestUser(db(), "own");
    const actor = role === "owner" ? owner : await createTestUser(db(), role);
    const target = await createTestUser(db(), "tgt");
    const org = await createOrganization({ ctx: owner.ctx, input: { name: "Acme Learning" } });
    const team = await createTeam({ ctx: owner.ctx, orgId: org.id, input: { name: "Team T" } });
    if (role !== "owner") {
      const inTeam = role === "manager" || role === "member";
      await addMember({
        ctx: owner.ctx,
        orgId: org.id,
        input: { email: actor.profile.email, role, team_id: inTeam ? team.id : null },
      });
    }
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: target.profile.email, role: "member", team_id: team.id },
    });
    return { owner, actor, target, org, team };
  }

  const RUN: Record<Action, (a: Awaited<ReturnType<typeof arrange>>) => Promise<unknown>> = {
    "organization.read": ({ actor, org }) => getOrganization({ ctx: actor.ctx, orgId: org.id }),
    "organization.update": ({ actor, org }) =>
      updateOrganization({ ctx: actor.ctx, orgId: org.id, input: { description: "x" } }),
    "organization.delete": ({ actor, org }) =>
      deleteOrganization({ ctx: actor.ctx, orgId: org.id }),
    "members.read": ({ actor, org }) =>
      listMembers({ ctx: actor.ctx, orgId: org.id, input: { limit: 20 } }),
    "members.add": async ({ actor, org }) => {
      const extra = await createTestUser(db(), "new");
      return addMember({
        ctx: actor.ctx,
        orgId: org.id,
        input: { email: extra.profile.email, role: "member" },
      });
    },
    "members.update": ({ actor, org, target }) =>
      updateMemberRole({
        ctx: actor.ctx,
        orgId: org.id,
        userId: target.profile.id,
        input: { role: "member" },
      }),
    "members.remove": ({ actor, org, target }) =>
      removeMember({ ctx: actor.ctx, orgId: org.id, userId: target.profile.id }),
    "members.move": async ({ actor, org, target }) => {
      const elsewhere = await createOrganization({ ctx: actor.ctx, input: { name: "Elsewhere" } });
      return replaceMember({
        ctx: actor.ctx,
        orgId: org.id,
        userId: target.profile.id,
        input: { role: "member", team_id: null, organization_id: elsewhere.id },
      });
    },
    "audit_log.read": ({ actor, org }) =>
      listAuditEvents({ ctx: actor.ctx, orgId: org.id, input: { limit: 20 } }),
    "teams.read": ({ actor, org }) =>
      listTeams({ ctx: actor.ctx, orgId: org.id, input: { limit: 20 } }),
    "api_keys.manage": ({ actor, org }) =>
      createApiKey({
        ctx: actor.ctx,
        input: {
          name: "CI",
          organization_id: org.id,
          permissions: ["organizations:read"],
          rate_limit_per_minute: 60,
          allowed_ips: [],
        },
      }),
    "teams.manage": ({ actor, org }) =>
      createTeam({ ctx: actor.ctx, orgId: org.id, input: { name: "New team" } }),
  };

  for (const action of Object.keys(EXPECTED) as Action[]) {
    for (const role of ROLES) {
      const allowed = EXPECTED[action][role];
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, async () => {
        const arranged = await arrange(role);
        const outcome = await RUN[action](arranged).then(
          () => "allowed",
          (e: unknown) => (e instanceof AppError ? e.code : e),
        );
        expect(outcome).toBe(allowed ? "allowed" : "forbidden");
      });
    }
  }

  it("every action answers not_found to a non-member", async () => {
    const arranged = await arrange("owner");
    const outsider: TestUser = await createTestUser(db(), "out");
    for (const action of Object.keys(RUN) as Action[]) {
      const outcome = await RUN[action]({ ...arranged, actor: outsider }).then(
        () => "allowed",
        (e: unknown) => (e instanceof AppError ? e.code : e),
      );
      expect(outcome, action).toBe("not_found");
    }
    expect(
      (await getOrganization({ ctx: arranged.owner.ctx, orgId: arranged.org.id })).member_count,
    ).toBe(2);
  });
});
