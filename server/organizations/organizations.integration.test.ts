import { expect, it } from "vitest";
import { AppError } from "@/server/platform/errors";
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
import { slugify } from "./slugs";
import { createTeam, deleteTeam, listTeams, renameTeam } from "./teams";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "ok",
    (e: unknown) => {
      if (e instanceof AppError) return e.code;
      throw e;
    },
  );
}

it("slugify makes lowercase ASCII slugs", () => {
  expect(slugify("Café Ünited — Ops")).toBe("cafe-united-ops");
  expect(slugify("  ")).toBe("org-new");
  expect(slugify("X")).toBe("org-x");
});

describeEachDatabase("organizations", (db) => {
  async function orgWithOwner(name = "Acme") {
    const owner = await createTestUser(db(), "own");
    const org = await createOrganization({
      ctx: owner.ctx,
      input: { name: `${name} ${unique("")}` },
    });
    return { owner, org };
  }

  it("creates with the creator as owner, a tenant, and a slug from the name", async () => {
    const owner = await createTestUser(db(), "own");
    const name = `Café ${unique("X")}`;
    const org = await createOrganization({
      ctx: owner.ctx,
      input: { name, description: "Learning" },
    });
    expect(org).toMatchObject({
      name,
      role: "owner",
      owner_id: owner.profile.id,
      member_count: 1,
      description: "Learning",
    });
    expect(org.slug).toBe(slugify(name));
    expect(org.tenant_id).not.toBe(org.id);
    const again = await createOrganization({ ctx: owner.ctx, input: { name } });
    expect(again.slug).toBe(`${org.slug}-2`);
    expect(
      await codeOf(
        createOrganization({ ctx: owner.ctx, input: { name: "Other", slug: org.slug } }),
      ),
    ).toBe("slug_taken");
    expect(
      await codeOf(
        updateOrganization({ ctx: owner.ctx, orgId: again.id, input: { slug: org.slug } }),
      ),
    ).toBe("slug_taken");
  });

  it("lists only the caller's organizations, by name, page by page", async () => {
    const me = await createTestUser(db(), "me");
    const names = ["Delta", "alpha", "Charlie", "bravo"].map((n) => `${n} ${unique("")}`);
    for (const name of names) await createOrganization({ ctx: me.ctx, input: { name } });
    await orgWithOwner("Not mine");
    const first = await listOrganizations({ ctx: me.ctx, input: { limit: 3 } });
    expect(first.items.map((o) => o.name.split(" ")[0])).toEqual(["alpha", "bravo", "Charlie"]);
    const second = await listOrganizations({
      ctx: me.ctx,
      input: { limit: 3, cursor: first.next_cursor! },
    });
    expect(second.items.map((o) => o.name.split(" ")[0])).toEqual(["Delta"]);
    expect(second.next_cursor).toBeNull();
    expect(
      await codeOf(listOrganizations({ ctx: me.ctx, input: { limit: 3, cursor: "garbage" } })),
    ).toBe("validation_error");
  });

  it("adds members by email: unknown email, duplicates and team checks", async () => {
    const { owner, org } = await orgWithOwner();
    const alice = await createTestUser(db(), "alice");
    const team = await createTeam({ ctx: owner.ctx, orgId: org.id, input: { name: "Readers" } });
    const member = await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: alice.profile.email.toUpperCase(), role: "member", team_id: team.id },
    });
    expect(member).toMatchObject({
      user_id: alice.profile.id,
      role: "member",
      team_id: team.id,
      team_name: "Readers",
    });
    expect(
      await codeOf(
        addMember({
          ctx: owner.ctx,
          orgId: org.id,
          input: { email: alice.profile.email, role: "member" },
        }),
      ),
    ).toBe("conflict");
    expect(
      await codeOf(
        addMember({
          ctx: owner.ctx,
          orgId: org.id,
          input: { email: `${unique("nobody")}@example.com`, role: "member" },
        }),
      ),
    ).toBe("user_not_found");
    const other = await orgWithOwner("Other");
    const foreignTeam = await createTeam({
      ctx: other.owner.ctx,
      orgId: other.org.id,
      input: { name: "Theirs" },
    });
    const bob = await createTestUser(db(), "bob");
    expect(
      await codeOf(
        addMember({
          ctx: owner.ctx,
          orgId: org.id,
          input: { email: bob.profile.email, role: "member", team_id: foreignTeam.id },
        }),
      ),
    ).toBe("not_found");
  });

  it("nobody grants a role above their own, or acts on someone stronger", async () => {
    const { owner, org } = await orgWithOwner();
    const admin = await createTestUser(db(), "adm");
    const other = await createTestUser(db(), "oth");
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: admin.profile.email, role: "admin" },
    });
    expect(
      await codeOf(
        addMember({
          ctx: admin.ctx,
          orgId: org.id,
          input: { email: other.profile.email, role: "owner" },
        }),
      ),
    ).toBe("forbidden");
    await addMember({
      ctx: admin.ctx,
      orgId: org.id,
      input: { email: other.profile.email, role: "admin" },
    });
    expect(
      await codeOf(
        updateMemberRole({
          ctx: admin.ctx,
          orgId: org.id,
          userId: other.profile.id,
          input: { role: "owner" },
        }),
      ),
    ).toBe("forbidden");
    expect(
      await codeOf(
        updateMemberRole({
          ctx: admin.ctx,
          orgId: org.id,
          userId: owner.profile.id,
          input: { role: "member" },
        }),
      ),
    ).toBe("forbidden");
    expect(
      await codeOf(removeMember({ ctx: admin.ctx, orgId: org.id, userId: owner.profile.id })),
    ).toBe("forbidden");
    expect((await getOrganization({ ctx: owner.ctx, orgId: org.id })).role).toBe("owner");
  });

  it("a manager manages members of their own team only", async () => {
    const { owner, org } = await orgWithOwner();
    const [teamA, teamB] = [
      await createTeam({ ctx: owner.ctx, orgId: org.id, input: { name: "A" } }),
      await createTeam({ ctx: owner.ctx, orgId: org.id, input: { name: "B" } }),
    ];
    const manager = await createTestUser(db(), "mgr");
    const mine = await createTestUser(db(), "mine");
    const theirs = await createTestUser(db(), "theirs");
    const loose = await createTestUser(db(), "loose");
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: manager.profile.email, role: "manager", team_id: teamA.id },
    });
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: mine.profile.email, role: "member", team_id: teamA.id },
    });
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: theirs.profile.email, role: "member", team_id: teamB.id },
    });
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: loose.profile.email, role: "member" },
    });

    const ctx = manager.ctx;
    expect(
      (
        await updateMemberRole({
          ctx,
          orgId: org.id,
          userId: mine.profile.id,
          input: { role: "manager" },
        })
      ).role,
    ).toBe("manager");
    expect(
      await codeOf(
        updateMemberRole({ ctx, orgId: org.id, userId: mine.profile.id, input: { role: "admin" } }),
      ),
    ).toBe("forbidden");
    expect(
      await codeOf(
        updateMemberRole({
          ctx,
          orgId: org.id,
          userId: theirs.profile.id,
          input: { role: "manager" },
        }),
      ),
    ).toBe("forbidden");
    expect(await codeOf(removeMember({ ctx, orgId: org.id, userId: loose.profile.id }))).toBe(
      "forbidden",
    );
    expect(
      await codeOf(
        replaceMember({
          ctx,
          orgId: org.id,
          userId: mine.profile.id,
          input: { role: "member", team_id: teamB.id },
        }),
      ),
    ).toBe("forbidden");
    expect(await codeOf(removeMember({ ctx, orgId: org.id, userId: mine.profile.id }))).toBe("ok");
  });

  it("the last owner cannot leave, be removed or be demoted; a second owner changes that", async () => {
    const { owner, org } = await orgWithOwner();
    expect(
      await codeOf(removeMember({ ctx: owner.ctx, orgId: org.id, userId: owner.profile.id })),
    ).toBe("conflict");
    expect(
      await codeOf(
        updateMemberRole({
          ctx: owner.ctx,
          orgId: org.id,
          userId: owner.profile.id,
          input: { role: "admin" },
        }),
      ),
    ).toBe("conflict");
    expect(
      await codeOf(
        replaceMember({
          ctx: owner.ctx,
          orgId: org.id,
          userId: owner.profile.id,
          input: { role: "member", team_id: null },
        }),
      ),
    ).toBe("conflict");

    const second = await createTestUser(db(), "own2");
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: second.profile.email, role: "owner" },
    });
    // The creator leaves: the other owner becomes the accountable owner.
    await removeMember({ ctx: owner.ctx, orgId: org.id, userId: owner.profile.id });
    const after = await getOrganization({ ctx: second.ctx, orgId: org.id });
    expect(after.owner_id).toBe(second.profile.id);
    expect(await codeOf(getOrganization({ ctx: owner.ctx, orgId: org.id }))).toBe("not_found");
    expect(
      await codeOf(removeMember({ ctx: second.ctx, orgId: org.id, userId: second.profile.id })),
    ).toBe("conflict");
  });

  it("two owners removing each other at once leave one owner", async () => {
    const { owner, org } = await orgWithOwner();
    const second = await createTestUser(db(), "own2");
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: second.profile.email, role: "owner" },
    });
    const results = await Promise.all([
      codeOf(removeMember({ ctx: owner.ctx, orgId: org.id, userId: second.profile.id })),
      codeOf(removeMember({ ctx: second.ctx, orgId: org.id, userId: owner.profile.id })),
    ]);
    // The loser is refused either as the last owner or, if the winner committed first, as no
    // longer a member; never do both succeed.
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r !== "ok")[0]).toMatch(/^(conflict|not_found)$/);
    const survivor = results[0] === "ok" ? owner : second;
    expect(
      (await listMembers({ ctx: survivor.ctx, orgId: org.id, input: { limit: 20 } })).items,
    ).toHaveLength(1);
  });

  it("members may leave; members cannot remove others", async () => {
    const { owner, org } = await orgWithOwner();
    const a = await createTestUser(db(), "a");
    const b = await createTestUser(db(), "b");
    for (const u of [a, b])
      await addMember({
        ctx: owner.ctx,
        orgId: org.id,
        input: { email: u.profile.email, role: "member" },
      });
    expect(await codeOf(removeMember({ ctx: a.ctx, orgId: org.id, userId: b.profile.id }))).toBe(
      "forbidden",
    );
    expect(await codeOf(removeMember({ ctx: a.ctx, orgId: org.id, userId: a.profile.id }))).toBe(
      "ok",
    );
    expect((await getOrganization({ ctx: owner.ctx, orgId: org.id })).member_count).toBe(2);
  });

  it("moves a member to another organization the caller administers", async () => {
    const { owner, org } = await orgWithOwner();
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
    const foreign = await orgWithOwner("Foreign");
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
    const { owner, org } = await orgWithOwner();
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
    const a = await orgWithOwner("A");
    const b = await orgWithOwner("B");
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
    const { owner, org } = await orgWithOwner();
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
