import { expect, it } from "vitest";
import { describeEachDatabase, unique } from "@/tests/databases";
import { createTestUser } from "@/tests/users";
import { addMember, removeMember, updateMemberRole } from "./members";
import { replaceMember } from "./member-replace";
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from "./organizations";
import { slugify } from "./slugs";
import { createTeam } from "./teams";
import { codeOf, orgWithOwner } from "@/tests/fixtures";

it("slugify makes lowercase ASCII slugs", () => {
  expect(slugify("Café Ünited — Ops")).toBe("cafe-united-ops");
  expect(slugify("  ")).toBe("org-new");
  expect(slugify("X")).toBe("org-x");
});

describeEachDatabase("organizations", (db) => {
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
    await orgWithOwner(db(), "Not mine");
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
    const { owner, org } = await orgWithOwner(db());
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
    const other = await orgWithOwner(db(), "Other");
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
    const { owner, org } = await orgWithOwner(db());
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
    const { owner, org } = await orgWithOwner(db());
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
});
