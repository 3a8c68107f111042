import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/databases";
import { createTestUser } from "@/tests/users";
import { addMember, listMembers, removeMember, updateMemberRole } from "./members";
import { replaceMember } from "./member-replace";
import { getOrganization } from "./organizations";
import { codeOf, orgWithOwner } from "@/tests/fixtures";

describeEachDatabase("organizations: owners and leaving", (db) => {
  it("the last owner cannot leave, be removed or be demoted; a second owner changes that", async () => {
    const { owner, org } = await orgWithOwner(db());
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
    const { owner, org } = await orgWithOwner(db());
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
    const { owner, org } = await orgWithOwner(db());
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
});
