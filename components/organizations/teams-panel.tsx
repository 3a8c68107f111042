"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { Users } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useFormErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { selectFromStart, TextField } from "@/components/ui/field";
import { SkeletonList } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { useOrganization, useRefreshOrganizations } from "./use-organization";

type Team = { id: string; name: string; member_count: number };

export function TeamsPanel({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const { me } = useOrganization(orgId);
  const teams = useQuery(trpc.organizations.teams.list.queryOptions({ org_id: orgId, limit: 100 }));

  if (teams.isPending || me.isPending) return <SkeletonList rows={2} label="Loading teams" />;
  if (teams.isError) return <Alert>Teams could not be loaded: {teams.error.message}</Alert>;
  const canManage = me.data?.permissions["teams.manage"] ?? false;

  return (
    <div className="flex flex-col gap-6">
      {canManage && <CreateTeamForm orgId={orgId} />}
      {teams.data.items.length === 0 ? (
        <EmptyState icon={Users} title="No teams yet" testId="teams-empty">
          Teams group members; a manager runs the members of their own team.
          {canManage ? " Create the first one above." : " An admin can create them."}
        </EmptyState>
      ) : (
        <ul
          className="divide-y divide-border rounded-lg border border-border"
          data-testid="teams-list"
        >
          {teams.data.items.map((team) => (
            <TeamRow key={team.id} orgId={orgId} team={team} canManage={canManage} />
          ))}
        </ul>
      )}
    </div>
  );
}

function CreateTeamForm({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshOrganizations();
  const create = useMutation(
    trpc.organizations.teams.create.mutationOptions({
      onSuccess: (team) => {
        toast.success("Team created", `${team.name} is ready for members.`);
        return refresh();
      },
    }),
  );
  const { fields, message, onChange } = useFormErrors(create.error);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get("name") ?? "");
    create.mutate({ org_id: orgId, name }, { onSuccess: () => formElement.reset() });
  }
  return (
    <form
      onSubmit={onSubmit}
      onChange={onChange}
      noValidate
      className="flex flex-col gap-3 sm:flex-row sm:items-start"
      data-testid="create-team-form"
    >
      <div className="flex-1">
        {message && <Alert className="mb-3">{message}</Alert>}
        <TextField
          label="New team"
          name="name"
          placeholder="e.g. Sales onboarding"
          error={fields.name}
        />
      </div>
      <Button
        type="submit"
        pending={create.isPending}
        className="sm:mt-6.5"
        data-testid="create-team-submit"
      >
        Create team
      </Button>
    </form>
  );
}

function TeamRow({ orgId, team, canManage }: { orgId: string; team: Team; canManage: boolean }) {
  const trpc = useTRPC();
  const refresh = useRefreshOrganizations();
  const [editing, setEditing] = useState(false);
  const rename = useMutation(
    trpc.organizations.teams.rename.mutationOptions({
      onSuccess: async (renamed) => {
        setEditing(false);
        toast.success("Team renamed", `${team.name} is now ${renamed.name}.`);
        await refresh();
      },
    }),
  );
  const remove = useMutation(trpc.organizations.teams.delete.mutationOptions());
  const { fields, message, onChange } = useFormErrors(rename.error);
  const count = `${team.member_count} ${team.member_count === 1 ? "member" : "members"}`;

  if (editing) {
    return (
      <li className="px-4 py-3">
        <form
          noValidate
          onChange={onChange}
          className="flex flex-col gap-2 sm:flex-row sm:items-start"
          onSubmit={(event) => {
            event.preventDefault();
            rename.mutate({
              org_id: orgId,
              team_id: team.id,
              name: String(new FormData(event.currentTarget).get("name") ?? ""),
            });
          }}
        >
          <div className="flex-1">
            {message && <Alert className="mb-2">{message}</Alert>}
            <TextField
              label={`New name for ${team.name}`}
              name="name"
              defaultValue={team.name}
              autoFocus
              onFocus={selectFromStart}
              error={fields.name}
            />
          </div>
          <div className="flex gap-2 sm:mt-6.5">
            <Button
              type="submit"
              size="sm"
              pending={rename.isPending}
              data-testid={`save-team-${team.name}`}
            >
              Save
            </Button>
            <Button type="button" size="sm" variant="secondary" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="flex items-center gap-4 px-4 py-3" data-testid={`team-${team.name}`}>
      <div className="min-w-0 flex-1">
        <div className="truncate font-medium">{team.name}</div>
        <div className="text-sm text-muted">{count}</div>
      </div>
      {canManage && (
        <>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => setEditing(true)}
            data-testid={`rename-team-${team.name}`}
          >
            Rename
          </Button>
          <ConfirmButton
            label="Delete"
            variant="danger-ghost"
            title={`Delete the team ${team.name}?`}
            description={`The team goes away; its ${count} stay in the organization without a team.`}
            confirmLabel="Delete team"
            testId={`delete-team-${team.name}`}
            onConfirm={async () => {
              await remove.mutateAsync({ org_id: orgId, team_id: team.id });
              toast.success(`${team.name} was deleted`);
              await refresh();
            }}
          />
        </>
      )}
    </li>
  );
}
