"use client";

import { useState, type ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { TextField } from "./field";

/**
 * A destructive action behind a confirmation that names what will be lost. With `typeToConfirm`,
 * the user types that text first (for actions that cannot be undone at all).
 */
export function ConfirmButton({
  label,
  title,
  description,
  confirmLabel,
  onConfirm,
  typeToConfirm,
  variant = "danger",
  size = "sm",
  testId,
}: {
  label: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  typeToConfirm?: string;
  variant?: "danger" | "secondary" | "ghost";
  size?: "sm" | "md";
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : "That did not work; try again");
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setTyped("");
        setError(null);
      }}
      title={title}
      description={description}
      testId={testId && `${testId}-dialog`}
      trigger={
        <Button variant={variant} size={size} data-testid={testId}>
          {label}
        </Button>
      }
    >
      {error && <Alert>{error}</Alert>}
      {typeToConfirm && (
        <TextField
          label={`Type ${typeToConfirm} to confirm`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
        />
      )}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button
          variant="danger"
          pending={pending}
          disabled={typeToConfirm !== undefined && typed !== typeToConfirm}
          onClick={confirm}
          data-testid={testId && `${testId}-confirm`}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
