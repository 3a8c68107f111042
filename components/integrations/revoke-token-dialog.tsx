"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTRPC } from "@/components/trpc/client";
import { formErrors } from "@/components/trpc/errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import type { Issued } from "./issued-tokens";

/** Asks for a reason, then revokes an integration token; it stops working at once. */
export function RevokeDialog({
  tenantId,
  token,
  onClose,
}: {
  tenantId: string;
  token: Issued;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(trpc.integrations.tokens.revoke.mutationOptions());
  const errors = formErrors(revoke.error);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    try {
      await revoke.mutateAsync({ tenantId, jti: token.jti, reason });
      await queryClient.invalidateQueries({ queryKey: trpc.integrations.tokens.pathKey() });
      toast.success("Token revoked", "It stops working at once.");
      onClose();
    } catch {
      // Shown in the dialog.
    }
  }
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Revoke this integration token?"
      description={`The partner using token ${token.jti.slice(0, 8)}… loses access at once. This cannot be undone.`}
      testId="integration-token-revoke-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            form="revoke-token-form"
            variant="danger"
            pending={revoke.isPending}
            data-testid="integration-token-revoke-confirm"
          >
            Revoke token
          </Button>
        </>
      }
    >
      <form id="revoke-token-form" onSubmit={submit} className="flex flex-col gap-3">
        <TextField
          label="Reason"
          name="reason"
          required
          maxLength={500}
          placeholder="The partner's contract ended"
          error={errors.fields.reason}
          autoFocus
        />
        {errors.message && <Alert>{errors.message}</Alert>}
      </form>
    </Dialog>
  );
}
