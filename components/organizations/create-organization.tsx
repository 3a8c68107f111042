"use client";

import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { formErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { useRefreshOrganizations } from "./use-organization";

export function CreateOrganizationButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useRefreshOrganizations();
  const [open, setOpen] = useState(false);
  const create = useMutation(
    trpc.organizations.create.mutationOptions({
      onSuccess: async (org) => {
        await refresh();
        setOpen(false);
        router.push(`/organizations/${org.id}/members`);
      },
    }),
  );
  const { fields, message } = formErrors(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const slug = String(form.get("slug") ?? "").trim();
    create.mutate({
      name: String(form.get("name") ?? ""),
      slug: slug || undefined,
      description: String(form.get("description") ?? "") || undefined,
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="New organization"
      description="You will be its owner. You can add people and teams next."
      testId="create-organization-dialog"
      trigger={
        <Button data-testid="create-organization">
          <Plus className="size-4" aria-hidden /> New organization
        </Button>
      }
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        {message && <Alert>{message}</Alert>}
        <TextField label="Name" name="name" required autoFocus error={fields.name} />
        <TextField
          label="Slug"
          name="slug"
          hint="Lowercase letters, digits and dashes; made from the name if left empty"
          error={fields.slug}
        />
        <TextField label="Description" name="description" error={fields.description} />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="submit" pending={create.isPending} data-testid="create-organization-submit">
            Create organization
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
