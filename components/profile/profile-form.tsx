"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { useFormErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { useFormat } from "@/components/ui/format-provider";
import { SkeletonCard } from "@/components/ui/skeleton";
import { ThemeSwitch } from "@/components/ui/theme-switch";
import { toast } from "@/components/ui/toast";
import { languageOptions, timeZoneOptions } from "./options";

const noSubscribe = () => () => {};
/** The time zone this browser is in ("" while rendering on the server). */
function useBrowserTimeZone(): string {
  return useSyncExternalStore(
    noSubscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "",
    () => "",
  );
}

export function ProfileForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const me = useQuery(trpc.auth.me.queryOptions());
  // The header's account menu reads the same cache entry, so the new name shows there at once.
  const update = useMutation(
    trpc.auth.updateMe.mutationOptions({
      onSuccess: (profile) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), profile);
        toast.success("Profile saved");
      },
    }),
  );
  const { fields, message, onChange } = useFormErrors(update.error);
  const browserZone = useBrowserTimeZone();
  const [zone, setZone] = useState<string | null>(null);

  if (me.isPending) return <SkeletonCard label="Loading your profile" />;
  if (me.isError) {
    return (
      <Alert>
        Your profile could not be loaded: {me.error.message}. Reload the page to try again.
      </Alert>
    );
  }
  const profile = me.data;
  const timeZone = zone ?? profile.timezone;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
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
          onChange={onChange}
          className="flex max-w-md flex-col gap-4"
          noValidate
          data-testid="profile-form"
        >
          {message && <Alert>{message}</Alert>}
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
          <div className="flex flex-col gap-1.5">
            <SelectField
              label="Time zone"
              name="timezone"
              value={timeZone}
              onChange={(e) => setZone(e.target.value)}
              options={timeZoneOptions(timeZone)}
              error={fields.timezone}
              hint="Dates and times in Xentree are shown in this zone."
            />
            {browserZone && browserZone !== timeZone && (
              <button
                type="button"
                className="self-start text-sm font-medium text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent"
                onClick={() => setZone(browserZone)}
                data-testid="use-browser-time-zone"
              >
                Use this device&rsquo;s time zone ({browserZone.replaceAll("_", " ")})
              </button>
            )}
          </div>
          <div>
            <Button type="submit" pending={update.isPending} data-testid="profile-save">
              Save changes
            </Button>
          </div>
        </form>
      </Card>
      <Card>
        <h2 className="font-semibold">Appearance</h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          System follows your device&rsquo;s light or dark setting. Saved in this browser.
        </p>
        <ThemeSwitch />
      </Card>
      <Card>
        <h2 className="mb-3 font-semibold">Account</h2>
        <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-y-2 text-sm [&_dd]:break-words">
          <dt className="text-muted">Email</dt>
          <dd data-testid="profile-email">{profile.email}</dd>
          <dt className="text-muted">Plan</dt>
          <dd className="capitalize">{profile.plan}</dd>
          <dt className="text-muted">Member since</dt>
          <dd data-testid="profile-member-since">
            <time dateTime={profile.created_at}>{format.date(profile.created_at)}</time>
          </dd>
        </dl>
      </Card>
    </div>
  );
}
