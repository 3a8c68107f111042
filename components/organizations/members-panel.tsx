"use client";

import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { canGrant, ROLE_ORDER, whyCannotManage, type Role } from "@/server/organizations/roles";
import { AddMemberForm } from "./add-member-form";
import { ROLE_LABELS, useOrganization, useRefreshOrganizations } from "./use-organization";

type Member = {
  user_id: string;
  email: string;
  username: string;
  full_name: string | null;
  role: Role;
  team_id: string | null;
  team_name: string | null;
  joined_at: string;
};

const selectClass =
  "h-8 rounded-md border border-border bg-bg px-2 text-sm focus-visible:outline-2 focus-visible:outline-accent";

export function MembersPanel({ orgId, myUserId }: { orgId: string; myUserId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useRefreshOrganizations();
  const { org, me } = useOrganization(orgId);
  const members = useInfiniteQuery(
    trpc.organizations.members.list.infiniteQueryOptions(
      { org_id: orgId, limit: 50 },
      { getNextPageParam: (page) => page.next_cursor ?? undefined },
    ),
  );
  const teams = useQuery(trpc.organizations.teams.list.queryOptions({ org_id: orgId, limit: 100 }));
  const [actionError, setActionError] = useState<string | null>(null);
  const onError = (e: { message: string }) => setActionError(e.message);
  const onSuccess = async () => {
    setActionError(null);
    await refresh();
  };
  const updateRole = useMutation(
    trpc.organizations.members.updateRole.mutationOptions({ onSuccess, onError }),
  );
  const replace = useMutation(
    trpc.organizations.members.replace.mutationOptions({ onSuccess, onError }),
  );
  const remove = useMutation(trpc.organizations.members.remove.mutationOptions());

  if (org.isError || me.isError) return null;
  if (members.isPending || me.isPending || !me.data)
    return <Card aria-busy="true" className="h-48 animate-pulse" />;
  if (members.isError) return <Alert>Members could not be loaded: {members.error.message}</Alert>;

  const acting = { role: me.data.role, teamId: me.data.team_id };
  // A team change sends the member's role too (PUT), so no change starts until the list shows
  // the result of the previous one.
  const busy = updateRole.isPending || replace.isPending || members.isFetching;
  const perms = me.data.permissions;
  const teamList = teams.data?.items ?? [];
  const rows = members.data.pages.flatMap((p) => p.items) as Member[];

  function manageable(member: Member, action: "members.update" | "members.remove") {
    return (
      perms[action] &&
      whyCannotManage(acting, { role: member.role, teamId: member.team_id }) === null
    );
  }

  return (
    <div className="flex min-w-0 flex-col gap-6">
      {perms["members.add"] && (
        <AddMemberForm orgId={orgId} myRole={acting.role} teams={teamList} />
      )}
      {actionError && <Alert data-testid="member-action-error">{actionError}</Alert>}
      <DataTable columns={["Member", "Role", "Team", ""]} testId="members-table">
        {rows.map((m) => {
          const isMe = m.user_id === myUserId;
          const name = m.full_name || m.username;
          const canEdit = manageable(m, "members.update");
          // Managers keep members inside their own team, so only admins and owners move teams.
          const canMoveTeam = canEdit && acting.role !== "manager";
          return (
            <tr key={m.user_id} data-testid={`member-${m.username}`}>
              <td className="px-4 py-3">
                <div className="font-medium">
                  {name} {isMe && <span className="text-xs text-muted">(you)</span>}
                </div>
                <div className="text-muted">{m.email}</div>
              </td>
              <td className="px-4 py-3">
                {canEdit ? (
                  <select
                    aria-label={`Role of ${name}`}
                    className={selectClass}
                    value={m.role}
                    disabled={busy}
                    onChange={(e) =>
                      updateRole.mutate({
                        org_id: orgId,
                        user_id: m.user_id,
                        role: e.target.value as Role,
                      })
                    }
                  >
                    {ROLE_ORDER.filter((r) => r === m.role || canGrant(acting.role, r)).map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                ) : (
                  ROLE_LABELS[m.role]
                )}
              </td>
              <td className="px-4 py-3">
                {canMoveTeam ? (
                  <select
                    aria-label={`Team of ${name}`}
                    className={selectClass}
                    value={m.team_id ?? ""}
                    disabled={busy}
                    onChange={(e) =>
                      replace.mutate({
                        org_id: orgId,
                        user_id: m.user_id,
                        role: m.role,
                        team_id: e.target.value || null,
                      })
                    }
                  >
                    <option value="">No team</option>
                    {teamList.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.name}
                      </option>
                    ))}
                  </select>
                ) : (
                  (m.team_name ?? <span className="text-muted">No team</span>)
                )}
              </td>
              <td className="px-4 py-3 text-right">
                {(isMe || manageable(m, "members.remove")) && (
                  <ConfirmButton
                    label={isMe ? "Leave" : "Remove"}
                    variant="ghost"
                    title={
                      isMe ? `Leave ${org.data?.name ?? "this organization"}?` : `Remove ${name}?`
                    }
                    description={
                      isMe
                        ? "You will lose access to this organization and everything shared in it, until someone adds you again."
                        : `${name} will lose access to this organization and everything shared in it. You can add them again later.`
                    }
                    confirmLabel={isMe ? "Leave organization" : "Remove member"}
                    testId={`remove-${m.username}`}
                    onConfirm={async () => {
                      await remove.mutateAsync({ org_id: orgId, user_id: m.user_id });
                      if (isMe) router.push("/organizations");
                      await refresh();
                    }}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
      {members.hasNextPage && (
        <Button
          variant="secondary"
          pending={members.isFetchingNextPage}
          onClick={() => void members.fetchNextPage()}
        >
          Show more members
        </Button>
      )}
    </div>
  );
}
