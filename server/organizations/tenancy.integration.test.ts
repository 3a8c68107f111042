import { expect, it } from "vitest";
import { describeEachDatabase, unique } from "@/tests/databases";
import { createTestUser } from "@/tests/users";
import { addMember, listMembers, removeMember, updateMemberRole } from "./members";
import { replaceMember } from "./member-replace";
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from "./organizations";
import { createTeam, deleteTeam, listTeams, renameTeam } from "./teams";
import { codeOf, orgWithOwner } from "@/tests/fixtures";

describeEachDatabase("organizations: moves, teams and tenancy", (db) => {
  it("moves a member to another organization the caller administers", async () => {
    const { owner, org } = await orgWithOwner(db());
    const destination = await createOrganization({
      ctx: owner.ctx,
      input: { name: `Dest ${unique("")}` },
    });
    const team = await createTeam({
      ctx: owner.ctx,
      orgId: destination.id,
      input: { name: "Landing" },
    });
    const mover = await createTestUser(db(), "mover");
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: mover.profile.email, role: "member" },
    });
    const moved = await replaceMember({
      ctx: owner.ctx,
      orgId: org.id,
      userId: mover.profile.id,
      input: { role: "manager", team_id: team.id, organization_id: destination.id },
    });
    expect(moved).toMatchObject({
      organization_id: destination.id,
      role: "manager",
      team_id: team.id,
    });
    expect((await getOrganization({ ctx: owner.ctx, orgId: org.id })).member_count).toBe(1);

    // Into an organization the caller is not in: not found, and nothing moves.
    const foreign = await orgWithOwner(db(), "Foreign");
    expect(
      await codeOf(
        replaceMember({
          ctx: owner.ctx,
          orgId: destination.id,
          userId: mover.profile.id,
          input: { role: "member", team_id: null, organization_id: foreign.org.id },
        }),
      ),
    ).toBe("not_found");
    expect((await getOrganization({ ctx: owner.ctx, orgId: destination.id })).member_count).toBe(2);
  });

  it("teams: create, rename, unique names, delete keeps the members", async () => {
    const { owner, org } = await orgWithOwner(db());
    const team = await createTeam({ ctx: owner.ctx, orgId: org.id, input: { name: "Writers" } });
    expect(
      await codeOf(createTeam({ ctx: owner.ctx, orgId: org.id, input: { name: "writers" } })),
    ).toBe("conflict");
    const member = await createTestUser(db(), "m");
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: member.profile.email, role: "member", team_id: team.id },
    });
    expect(
      (
        await renameTeam({
          ctx: owner.ctx,
          orgId: org.id,
          teamId: team.id,
          input: { name: "Authors" },
        })
      ).member_count,
    ).toBe(1);
    await deleteTeam({ ctx: owner.ctx, orgId: org.id, teamId: team.id });
    const members = await listMembers({ ctx: owner.ctx, orgId: org.id, input: { limit: 20 } });
    expect(members.items.find((m) => m.user_id === member.profile.id)).toMatchObject({
      team_id: null,
      team_name: null,
    });
    expect(
      (await listTeams({ ctx: owner.ctx, orgId: org.id, input: { limit: 20 } })).items,
    ).toEqual([]);
  });

  it("cross-tenant ids act as not found and change nothing", async () => {
    const a = await orgWithOwner(db(), "A");
    const b = await orgWithOwner(db(), "B");
    const bTeam = await createTeam({
      ctx: b.owner.ctx,
      orgId: b.org.id,
      input: { name: "B team" },
    });
    const bMember = await createTestUser(db(), "bm");
    await addMember({
      ctx: b.owner.ctx,
      orgId: b.org.id,
      input: { email: bMember.profile.email, role: "member", team_id: bTeam.id },
    });
    const ctx = a.owner.ctx;

    const attempts: Array<() => Promise<unknown>> = [
      () => getOrganization({ ctx, orgId: b.org.id }),
      () => updateOrganization({ ctx, orgId: b.org.id, input: { name: "Hacked" } }),
      () => deleteOrganization({ ctx, orgId: b.org.id }),
      () => listMembers({ ctx, orgId: b.org.id, input: { limit: 20 } }),
      () =>
        addMember({ ctx, orgId: b.org.id, input: { email: a.owner.profile.email, role: "owner" } }),
      () =>
        updateMemberRole({
          ctx,
          orgId: b.org.id,
          userId: bMember.profile.id,
          input: { role: "admin" },
        }),
      () => removeMember({ ctx, orgId: b.org.id, userId: bMember.profile.id }),
      // A's organization id with B's member or team: not found either.
      () =>
        updateMemberRole({
          ctx,
          orgId: a.org.id,
          userId: bMember.profile.id,
          input: { role: "admin" },
        }),
      () => removeMember({ ctx, orgId: a.org.id, userId: bMember.profile.id }),
      () => renameTeam({ ctx, orgId: a.org.id, teamId: bTeam.id, input: { name: "Mine now" } }),
      () => deleteTeam({ ctx, orgId: a.org.id, teamId: bTeam.id }),
      () => listTeams({ ctx, orgId: b.org.id, input: { limit: 20 } }),
    ];
    for (const attempt of attempts)
      expect(await codeOf(attempt()), attempt.toString()).toBe("not_found");

    const bAfter = await getOrganization({ ctx: b.owner.ctx, orgId: b.org.id });
    expect(bAfter).toMatchObject({ name: b.org.name, member_count: 2 });
    const teams = await listTeams({ ctx: b.owner.ctx, orgId: b.org.id, input: { limit: 20 } });
    expect(teams.items).toEqual([expect.objectContaining({ name: "B team", member_count: 1 })]);
  });

  it("deleting an organization removes its memberships and teams", async () => {
    const { owner, org } = await orgWithOwner(db());
    const member = await createTestUser(db(), "m");
    await createTeam({ ctx: owner.ctx, orgId: org.id, input: { name: "Gone" } });
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: member.profile.email, role: "admin" },
    });
    await deleteOrganization({ ctx: owner.ctx, orgId: org.id });
    expect(await codeOf(getOrganization({ ctx: owner.ctx, orgId: org.id }))).toBe("not_found");
    expect((await listOrganizations({ ctx: member.ctx, input: { limit: 20 } })).items).toEqual([]);
  });
});
