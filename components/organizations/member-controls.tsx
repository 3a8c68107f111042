"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc/client";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useConfirm } from "@/components/ui/use-confirm";
import { LazySelect as Select } from "@/components/ui/lazy-select";
import { toast } from "@/components/ui/toast";
import { atLeast, canGrant, ROLE_ORDER, type Role } from "@/server/organizations/roles";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, useRefreshOrganizations } from "./use-organization";

export type Member = {
  user_id: string;
  email: string;
  username: string;
  full_name: string | null;
  role: Role;
  team_id: string | null;
  team_name: string | null;
  joined_at: string;
};

const nameOf = (m: Member) => m.full_name || m.username;

/**
 * A member's role. Granting Owner or Admin, and lowering your own role, ask first (they hand out
 * or give up power); every change answers with a toast.
 */
export function MemberRole({
  orgId,
  member,
  isMe,
  actingRole,
  disabled,
}: {
  orgId: string;
  member: Member;
  isMe: boolean;
  actingRole: Role;
  disabled: boolean;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshOrganizations();
  const { confirm, dialog } = useConfirm(`role-${member.username}`);
  const update = useMutation(trpc.organizations.members.updateRole.mutationOptions());
  const name = nameOf(member);

  async function change(value: string) {
    const role = value as Role;
    if (role === member.role) return;
    const label = ROLE_LABELS[role];
    const promotes = atLeast(role, "admin") && !atLeast(member.role, role);
    const demotesMe = isMe && !atLeast(role, member.role);
    if (promotes || demotesMe) {
      const ok = await confirm({
        title: isMe ? `Make yourself ${label}?` : `Make ${name} ${label}?`,
        description: isMe
          ? `You will lose what a ${ROLE_LABELS[member.role]} may do, and cannot take it back yourself. A ${label}: ${ROLE_DESCRIPTIONS[role]}`
          : `${name} will be able to do what a ${label} does: ${ROLE_DESCRIPTIONS[role]}`,
        confirmLabel: `Make ${label}`,
        tone: "primary",
      });
      if (!ok) return;
    }
    try {
      await update.mutateAsync({ org_id: orgId, user_id: member.user_id, role });
      toast.success("Role changed", `${isMe ? "You are" : `${name} is`} now ${label}.`);
      await refresh();
    } catch (error) {
      toast.failure(`Could not change ${name}'s role`, error);
    }
  }

  return (
    <>
      <Select
        label={`Role of ${name}`}
        size="sm"
        value={member.role}
        disabled={disabled || update.isPending}
        onValueChange={(v) => void change(v)}
        testId={`role-select-${member.username}`}
        options={ROLE_ORDER.filter((r) => r === member.role || canGrant(actingRole, r)).map(
          (r) => ({ value: r, label: ROLE_LABELS[r], description: ROLE_DESCRIPTIONS[r] }),
        )}
      />
      {dialog}
    </>
  );
}

/** A member's team (admins and owners only); the change answers with a toast. */
export function MemberTeam({
  orgId,
  member,
  teams,
  disabled,
}: {
  orgId: string;
  member: Member;
  teams: ReadonlyArray<{ id: string; name: string }>;
  disabled: boolean;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshOrganizations();
  const replace = useMutation(trpc.organizations.members.replace.mutationOptions());
  const name = nameOf(member);

  async function change(teamId: string) {
    if (teamId === (member.team_id ?? "")) return;
    try {
      await replace.mutateAsync({
        org_id: orgId,
        user_id: member.user_id,
        role: member.role,
        team_id: teamId || null,
      });
      const team = teams.find((t) => t.id === teamId)?.name;
      toast.success(
        "Team changed",
        team ? `${name} is now in ${team}.` : `${name} has no team now.`,
      );
      await refresh();
    } catch (error) {
      toast.failure(`Could not change ${name}'s team`, error);
    }
  }

  return (
    <Select
      label={`Team of ${name}`}
      size="sm"
      value={member.team_id ?? ""}
      disabled={disabled || replace.isPending}
      onValueChange={(v) => void change(v)}
      testId={`team-select-${member.username}`}
      options={[
        { value: "", label: "No team" },
        ...teams.map((t) => ({ value: t.id, label: t.name })),
      ]}
    />
  );
}

/** Remove a member, or leave yourself; both ask first and say what is lost. */
export function MemberRemove({
  orgId,
  orgName,
  member,
  isMe,
}: {
  orgId: string;
  orgName: string;
  member: Member;
  isMe: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useRefreshOrganizations();
  const remove = useMutation(trpc.organizations.members.remove.mutationOptions());
  const name = nameOf(member);
  return (
    <ConfirmButton
      label={isMe ? "Leave" : "Remove"}
      variant="danger-ghost"
      title={isMe ? `Leave ${orgName}?` : `Remove ${name}?`}
      description={
        isMe
          ? "You will lose access to this organization and everything shared in it, until someone adds you again."
          : `${name} will lose access to this organization and everything shared in it. You can add them again later.`
      }
      confirmLabel={isMe ? "Leave organization" : "Remove member"}
      testId={`remove-${member.username}`}
      onConfirm={async () => {
        await remove.mutateAsync({ org_id: orgId, user_id: member.user_id });
        toast.success(isMe ? `You left ${orgName}` : `${name} was removed`);
        if (isMe) router.push("/organizations");
        await refresh();
      }}
    />
  );
}
