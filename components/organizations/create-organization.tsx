"use client";

import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useFormErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { useRefreshOrganizations } from "./use-organization";

/** "New organization": the dialog, then the new organization's members page. */
export function CreateOrganizationButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useRefreshOrganizations();
  const [open, setOpen] = useState(false);
  const create = useMutation(
    trpc.organizations.create.mutationOptions({
      onSuccess: async (org) => {
        // Go at once: the members page shows skeletons while it loads, not a blank card.
        router.push(`/organizations/${org.id}/members`);
        setOpen(false);
        toast.success("Organization created", `You are the owner of ${org.name}.`);
        await refresh();
      },
    }),
  );
  const { fields, message, onChange } = useFormErrors(create.error);

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
      footer={
        <>
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button
            type="submit"
            form="create-organization-form"
            pending={create.isPending}
            data-testid="create-organization-submit"
          >
            Create organization
          </Button>
        </>
      }
      trigger={
        <Button data-testid="create-organization">
          <Plus className="size-4" aria-hidden /> New organization
        </Button>
      }
    >
      <form
        id="create-organization-form"
        onSubmit={onSubmit}
        onChange={onChange}
        className="flex flex-col gap-4"
        noValidate
      >
        {message && <Alert>{message}</Alert>}
        <TextField label="Name" name="name" required autoFocus error={fields.name} />
        <TextField
          label="Slug"
          name="slug"
          hint="Lowercase letters, digits and dashes; made from the name if left empty"
          error={fields.slug}
        />
        <TextField label="Description" name="description" error={fields.description} />
      </form>
    </Dialog>
  );
}
