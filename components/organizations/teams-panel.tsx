"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { Users } from "lucide-react";
import { useState, type FormEvent } from "react";
import { formErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TextField } from "@/components/ui/field";
import { useOrganization, useRefreshOrganizations } from "./use-organization";

type Team = { id: string; name: string; member_count: number };

export function TeamsPanel({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const { me } = useOrganization(orgId);
  const teams = useQuery(trpc.organizations.teams.list.queryOptions({ org_id: orgId, limit: 100 }));

  if (teams.isPending || me.isPending)
    return <Card aria-busy="true" className="h-40 animate-pulse" />;
  if (teams.isError) return <Alert>Teams could not be loaded: {teams.error.message}</Alert>;
  const canManage = me.data?.permissions["teams.manage"] ?? false;

  return (
    <div className="flex flex-col gap-6">
      {canManage && <CreateTeamForm orgId={orgId} />}
      {teams.data.items.length === 0 ? (
        <Card
          className="flex flex-col items-center gap-2 py-10 text-center"
          data-testid="teams-empty"
        >
          <Users className="size-8 text-muted" aria-hidden />
          <h2 className="font-semibold">No teams yet</h2>
          <p className="max-w-sm text-sm text-muted">
            Teams group members; a manager runs the members of their own team.
            {canManage ? " Create the first one above." : " An admin can create them."}
          </p>
        </Card>
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
      onSuccess: () => refresh(),
    }),
  );
  const { fields, message } = formErrors(create.error);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get("name") ?? "");
    create.mutate({ org_id: orgId, name }, { onSuccess: () => formElement.reset() });
  }
  return (
    <form
      onSubmit={onSubmit}
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
      onSuccess: async () => {
        setEditing(false);
        await refresh();
      },
    }),
  );
  const remove = useMutation(trpc.organizations.teams.delete.mutationOptions());
  const { fields, message } = formErrors(rename.error);
  const count = `${team.member_count} ${team.member_count === 1 ? "member" : "members"}`;

  if (editing) {
    return (
      <li className="px-4 py-3">
        <form
          noValidate
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
            variant="ghost"
            size="sm"
            onClick={() => setEditing(true)}
            data-testid={`rename-team-${team.name}`}
          >
            Rename
          </Button>
          <ConfirmButton
            label="Delete"
            variant="ghost"
            title={`Delete the team ${team.name}?`}
            description={`The team goes away; its ${count} stay in the organization without a team.`}
            confirmLabel="Delete team"
            testId={`delete-team-${team.name}`}
            onConfirm={async () => {
              await remove.mutateAsync({ org_id: orgId, team_id: team.id });
              await refresh();
            }}
          />
        </>
      )}
    </li>
  );
}
