"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { formErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { canGrant, ROLE_ORDER, type Role } from "@/server/organizations/roles";
import { ROLE_LABELS, useRefreshOrganizations } from "./use-organization";

export function AddMemberForm({
  orgId,
  myRole,
  teams,
}: {
  orgId: string;
  myRole: Role;
  teams: ReadonlyArray<{ id: string; name: string }>;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshOrganizations();
  const add = useMutation(
    trpc.organizations.members.add.mutationOptions({
      onSuccess: () => refresh(),
    }),
  );
  const { fields, message } = formErrors(add.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    add.mutate(
      {
        org_id: orgId,
        email: String(form.get("email") ?? ""),
        role: String(form.get("role")) as Role,
        team_id: String(form.get("team_id") ?? "") || null,
      },
      {
        onSuccess: (member) => {
          formElement.reset();
          toast.success(
            "Member added",
            `${member.full_name || member.username} joined as ${ROLE_LABELS[member.role]}.`,
          );
        },
      },
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-lg border border-border p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-start"
      data-testid="add-member-form"
    >
      <div className="sm:col-span-4">
        <h2 className="font-semibold">Add a member</h2>
        <p className="text-sm text-muted">
          They need a Xentree account; add them by the email they signed up with.
        </p>
      </div>
      {message && <Alert className="sm:col-span-4">{message}</Alert>}
      <TextField label="Email" name="email" type="email" required error={fields.email} />
      <SelectField
        label="Role"
        name="role"
        defaultValue="member"
        options={ROLE_ORDER.filter((r) => canGrant(myRole, r)).map((r) => ({
          value: r,
          label: ROLE_LABELS[r],
        }))}
        error={fields.role}
      />
      <SelectField
        label="Team"
        name="team_id"
        defaultValue=""
        options={[
          { value: "", label: "No team" },
          ...teams.map((t) => ({ value: t.id, label: t.name })),
        ]}
        error={fields.team_id}
      />
      <Button
        type="submit"
        pending={add.isPending}
        className="sm:mt-6.5"
        data-testid="add-member-submit"
      >
        Add member
      </Button>
    </form>
  );
}
