"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useFormErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { SecretReveal } from "@/components/ui/secret-reveal";
import { Skeleton } from "@/components/ui/skeleton";
import type { Scope } from "@/server/platform/scopes";
import { ScopePicker } from "./scope-picker";

/** Lines or commas to a list; empty lines dropped. */
function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The end of the chosen day, in the user's time zone, as an ISO timestamp. */
function endOfDay(date: string): string | null {
  return date ? new Date(`${date}T23:59:59`).toISOString() : null;
}

/** The new-key form in a dialog, then the key shown once. Loaded on the button's first click. */
export default function CreateApiKeyDialog({
  orgId,
  onCreated,
  open,
  setOpen,
}: {
  orgId: string;
  onCreated: () => Promise<unknown>;
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const trpc = useTRPC();
  const [revealed, setRevealed] = useState<{ name: string; value: string } | null>(null);
  const grantable = useQuery({
    ...trpc.apiKeys.grantable.queryOptions({ org_id: orgId }),
    enabled: open,
  });
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: async (key) => {
        setOpen(false);
        setRevealed({ name: key.name, value: key.key_value ?? "" });
        await onCreated();
      },
    }),
  );
  const { fields, message, onChange } = useFormErrors(create.error, {
    expires_on: "expires_at",
    allowed_ips: "allowed_ips",
  });
  const ipError = Object.entries(fields).find(([path]) => path.startsWith("allowed_ips"))?.[1];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      organization_id: orgId,
      name: String(form.get("name") ?? ""),
      permissions: form.getAll("permissions").map(String) as Scope[],
      rate_limit_per_minute: Number(form.get("rate_limit_per_minute") || 60),
      expires_at: endOfDay(String(form.get("expires_on") ?? "")),
      allowed_ips: splitList(String(form.get("allowed_ips") ?? "")),
    });
  }

  return (
    <>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) create.reset();
        }}
        title="New API key"
        description="The key acts for you inside this organization, within the scopes you choose."
        testId="create-api-key-dialog"
        footer={
          <>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button
              type="submit"
              form="create-api-key-form"
              pending={create.isPending}
              data-testid="create-api-key-submit"
            >
              Create key
            </Button>
          </>
        }
      >
        <form
          id="create-api-key-form"
          onSubmit={onSubmit}
          onChange={onChange}
          noValidate
          className="flex flex-col gap-4"
        >
          {message && <Alert>{message}</Alert>}
          <TextField
            label="Name"
            name="name"
            placeholder="e.g. LMS sync"
            required
            autoFocus
            error={fields.name}
          />
          {grantable.data ? (
            <ScopePicker grantable={grantable.data} error={fields.permissions} />
          ) : (
            <Skeleton className="h-72" />
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label="Requests per minute"
              name="rate_limit_per_minute"
              type="number"
              min={1}
              max={6000}
              defaultValue={60}
              error={fields.rate_limit_per_minute}
            />
            <TextField
              label="Expires on"
              name="expires_on"
              type="date"
              hint="Leave empty for no expiry"
              error={fields.expires_at}
            />
          </div>
          <label className="flex flex-col gap-1.5 text-sm font-medium">
            Allowed IP addresses
            <textarea
              name="allowed_ips"
              rows={3}
              placeholder={"203.0.113.7\n10.0.0.0/8"}
              aria-invalid={ipError ? true : undefined}
              className="rounded-md border border-border bg-bg px-3 py-2 font-mono text-sm font-normal focus-visible:outline-2 focus-visible:outline-accent"
            />
            <span
              className={
                ipError ? "text-xs font-normal text-danger" : "text-xs font-normal text-muted"
              }
            >
              {ipError ??
                "One IP or CIDR range per line (IPv4 or IPv6). Leave empty to allow any address."}
            </span>
          </label>
        </form>
      </Dialog>
      {revealed && (
        <SecretReveal
          value={revealed.value}
          title={`Your new key: ${revealed.name}`}
          noun="key"
          warning="Copy it now and keep it somewhere safe. It will not be shown again; if you lose it, revoke it and create another."
          doneLabel="I have saved it"
          askBeforeClose
          testIdPrefix="api-key"
          onClose={() => setRevealed(null)}
        />
      )}
    </>
  );
}
