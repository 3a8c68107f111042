"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DataList } from "@/components/ui/data-list";
import { useFormat } from "@/components/ui/format-provider";
import { SkeletonList } from "@/components/ui/skeleton";
import { whyCannotManage, type Role } from "@/server/organizations/roles";
import { AddMemberForm } from "./add-member-form";
import { MemberRemove, MemberRole, MemberTeam, type Member } from "./member-controls";
import { RolesExplained } from "./roles-explained";
import { ROLE_LABELS, useOrganization } from "./use-organization";

export function MembersPanel({ orgId, myUserId }: { orgId: string; myUserId: string }) {
  const trpc = useTRPC();
  const format = useFormat();
  const { org, me } = useOrganization(orgId);
  const members = useInfiniteQuery(
    trpc.organizations.members.list.infiniteQueryOptions(
      { org_id: orgId, limit: 50 },
      { getNextPageParam: (page) => page.next_cursor ?? undefined },
    ),
  );
  const teams = useQuery(trpc.organizations.teams.list.queryOptions({ org_id: orgId, limit: 100 }));

  if (org.isError || me.isError) return null;
  if (members.isPending || me.isPending || !me.data)
    return <SkeletonList rows={4} label="Loading members" testId="members-loading" />;
  if (members.isError) return <Alert>Members could not be loaded: {members.error.message}</Alert>;

  const acting = { role: me.data.role, teamId: me.data.team_id };
  // A team change sends the member's role too (PUT), so no change starts until the list shows
  // the result of the previous one.
  const busy = members.isFetching;
  const perms = me.data.permissions;
  const teamList = teams.data?.items ?? [];
  const rows = members.data.pages.flatMap((p) => p.items) as Member[];
  // The last owner cannot leave (the server refuses); do not offer it. With more pages unloaded
  // another owner may exist, so Leave stays and the server's answer explains.
  const owners = rows.filter((m) => m.role === "owner").length;
  const soleOwner = acting.role === "owner" && owners === 1 && !members.hasNextPage;
  const orgName = org.data?.name ?? "this organization";

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
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="font-semibold">
            {rows.length} {rows.length === 1 ? "member" : "members"}
            {members.hasNextPage && " shown"}
          </h2>
          <RolesExplained />
        </div>
        <DataList
          label="Members"
          items={rows}
          getKey={(m) => m.user_id}
          testId="members-table"
          rowTestId={(m) => `member-${m.username}`}
          minTableWidth={680}
          columns={[
            {
              header: "Member",
              cell: (m) => (
                <div className="min-w-0">
                  <div className="font-medium break-words">
                    {m.full_name || m.username}{" "}
                    {m.user_id === myUserId && <span className="text-xs text-muted">(you)</span>}
                  </div>
                  <div className="text-sm break-all text-muted">{m.email}</div>
                </div>
              ),
            },
            {
              header: "Role",
              className: "w-40",
              cell: (m) =>
                manageable(m, "members.update") ? (
                  <MemberRole
                    orgId={orgId}
                    member={m}
                    isMe={m.user_id === myUserId}
                    actingRole={acting.role}
                    disabled={busy}
                  />
                ) : (
                  ROLE_LABELS[m.role as Role]
                ),
            },
            {
              header: "Team",
              className: "w-44",
              cell: (m) =>
                // Managers keep members inside their own team, so only admins and owners move teams.
                manageable(m, "members.update") && perms["members.move"] ? (
                  <MemberTeam orgId={orgId} member={m} teams={teamList} disabled={busy} />
                ) : (
                  (m.team_name ?? <span className="text-muted">No team</span>)
                ),
            },
            {
              header: "Joined",
              className: "whitespace-nowrap text-muted",
              cell: (m) => <time dateTime={m.joined_at}>{format.date(m.joined_at)}</time>,
            },
          ]}
          actions={(m) => {
            const isMe = m.user_id === myUserId;
            if (isMe ? soleOwner : !manageable(m, "members.remove")) return null;
            return <MemberRemove orgId={orgId} orgName={orgName} member={m} isMe={isMe} />;
          }}
        />
      </div>
      {soleOwner && (
        <p className="text-sm text-muted" data-testid="sole-owner-note">
          You are the only owner, so you cannot leave: make someone else an owner first, or delete
          the organization in Settings.
        </p>
      )}
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
