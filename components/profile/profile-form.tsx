"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { formErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { languageOptions, timeZoneOptions } from "./options";

export function ProfileForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.auth.updateMe.mutationOptions({
      onSuccess: (profile) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), profile);
        setSaved(true);
      },
    }),
  );
  const { fields, message } = formErrors(update.error);

  if (me.isPending) {
    return <Card aria-busy="true" className="h-80 animate-pulse" data-testid="profile-loading" />;
  }
  if (me.isError) {
    return (
      <Alert>
        Your profile could not be loaded: {me.error.message}. Reload the page to try again.
      </Alert>
    );
  }
  const profile = me.data;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    update.mutate({
      full_name: String(form.get("full_name") ?? ""),
      username: String(form.get("username") ?? ""),
      preferred_language: String(form.get("preferred_language") ?? ""),
      timezone: String(form.get("timezone") ?? ""),
    });
  }

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <form
          onSubmit={onSubmit}
          className="flex max-w-md flex-col gap-4"
          noValidate
          data-testid="profile-form"
        >
          {message && <Alert>{message}</Alert>}
          {saved && !update.isPending && (
            <Alert tone="success" data-testid="profile-saved">
              Profile saved
            </Alert>
          )}
          <TextField
            label="Full name"
            name="full_name"
            defaultValue={profile.full_name ?? ""}
            error={fields.full_name}
          />
          <TextField
            label="Username"
            name="username"
            defaultValue={profile.username}
            required
            error={fields.username}
          />
          <SelectField
            label="Language"
            name="preferred_language"
            defaultValue={profile.preferred_language}
            options={languageOptions(profile.preferred_language)}
            error={fields.preferred_language}
          />
          <SelectField
            label="Time zone"
            name="timezone"
            defaultValue={profile.timezone}
            options={timeZoneOptions(profile.timezone)}
            error={fields.timezone}
          />
          <div>
            <Button type="submit" pending={update.isPending} data-testid="profile-save">
              Save changes
            </Button>
          </div>
        </form>
      </Card>
      <Card>
        <h2 className="mb-3 font-semibold">Account</h2>
        <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-y-2 text-sm [&_dd]:break-words">
          <dt className="text-muted">Email</dt>
          <dd data-testid="profile-email">{profile.email}</dd>
          <dt className="text-muted">Plan</dt>
          <dd className="capitalize">{profile.plan}</dd>
          <dt className="text-muted">Member since</dt>
          <dd>{new Date(profile.created_at).toLocaleDateString()}</dd>
        </dl>
      </Card>
    </div>
  );
}
