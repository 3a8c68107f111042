"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useFormErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TextField } from "@/components/ui/field";
import { SkeletonCard } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { useOrganization, useRefreshOrganizations } from "./use-organization";

/** The API's limit is 31 days of seconds; the form speaks in minutes. */
const MAX_MINUTES = 31 * 24 * 60;

function liveGrantSeconds(raw: string): { seconds: number | null; error: string | null } {
  const text = raw.trim();
  if (text === "") return { seconds: null, error: null };
  const minutes = Number(text);
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_MINUTES)
    return {
      seconds: null,
      error: `Give whole minutes from 0 to ${MAX_MINUTES.toLocaleString("en")}`,
    };
  return { seconds: minutes * 60, error: null };
}

export function OrganizationSettings({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useRefreshOrganizations();
  const { org, me } = useOrganization(orgId);
  const update = useMutation(
    trpc.organizations.update.mutationOptions({
      onSuccess: async () => {
        toast.success("Settings saved");
        await refresh();
      },
    }),
  );
  const remove = useMutation(trpc.organizations.delete.mutationOptions());
  const { fields, message, onChange } = useFormErrors(update.error, {
    live_minutes_per_member: "live_seconds_per_member",
  });
  const [minutesError, setMinutesError] = useState<string | null>(null);

  if (org.isError || me.isError) return null;
  if (!org.data || !me.data) return <SkeletonCard label="Loading settings" />;
  const canEdit = me.data.permissions["organization.update"];
  const canDelete = me.data.permissions["organization.delete"];
  const current = org.data;
  const shownMinutes =
    current.live_seconds_per_member === null
      ? ""
      : String(Math.floor(current.live_seconds_per_member / 60));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const minutes = String(form.get("live_minutes_per_member") ?? "");
    const grant = liveGrantSeconds(minutes);
    setMinutesError(grant.error);
    if (grant.error) return;
    // Untouched, the grant is left alone (a grant set over the API in seconds keeps its seconds).
    update.mutate({
      org_id: orgId,
      name: String(form.get("name") ?? ""),
      slug: String(form.get("slug") ?? ""),
      description: String(form.get("description") ?? ""),
      ...(minutes.trim() !== shownMinutes && { live_seconds_per_member: grant.seconds }),
    });
  }

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <form
          onSubmit={onSubmit}
          onChange={onChange}
          noValidate
          className="flex max-w-md flex-col gap-4"
          data-testid="organization-settings-form"
        >
          {!canEdit && (
            <p className="text-sm text-muted">Only admins and owners can change these settings.</p>
          )}
          {message && <Alert>{message}</Alert>}
          <fieldset disabled={!canEdit} className="flex flex-col gap-4">
            <TextField
              label="Name"
              name="name"
              defaultValue={current.name}
              required
              error={fields.name}
            />
            <TextField
              label="Slug"
              name="slug"
              defaultValue={current.slug}
              required
              error={fields.slug}
            />
            <TextField
              label="Description"
              name="description"
              defaultValue={current.description ?? ""}
              error={fields.description}
            />
            <TextField
              label="Live minutes per member per month"
              name="live_minutes_per_member"
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_MINUTES}
              step={1}
              defaultValue={shownMinutes}
              hint="Each member gets at least this much Live practice a month; their own plan applies when it gives more. Empty: no grant."
              error={
                minutesError ??
                (fields.live_seconds_per_member &&
                  `Give whole minutes from 0 to ${MAX_MINUTES.toLocaleString("en")}`)
              }
            />
          </fieldset>
          {canEdit && (
            <div>
              <Button type="submit" pending={update.isPending} data-testid="organization-save">
                Save changes
              </Button>
            </div>
          )}
        </form>
      </Card>
      {canDelete && (
        <Card className="border-danger/40">
          <h2 className="font-semibold text-danger">Delete this organization</h2>
          <p className="mt-1 mb-4 text-sm text-muted">
            Removes the organization for everyone: its {current.member_count} memberships, its teams
            and everything it owns. This cannot be undone.
          </p>
          <ConfirmButton
            label="Delete organization"
            size="md"
            title={`Delete ${current.name}?`}
            description={`${current.member_count} members lose access, and its teams and everything it owns are deleted. This cannot be undone.`}
            confirmLabel="Delete forever"
            typeToConfirm={current.slug}
            testId="delete-organization"
            onConfirm={async () => {
              await remove.mutateAsync({ org_id: orgId });
              toast.success(`${current.name} was deleted`);
              await refresh();
              router.push("/organizations");
            }}
          />
        </Card>
      )}
    </div>
  );
}
