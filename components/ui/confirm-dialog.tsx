"use client";

import { useState, type ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { TextField } from "./field";

export type ConfirmOptions = {
  title: string;
  /** What will happen, in plain words: name what is lost or who gains what power. */
  description: ReactNode;
  confirmLabel: string;
  /** "danger" for destructive actions, "primary" for consequential but constructive ones. */
  tone?: "danger" | "primary";
  /** The user types this text first (for actions that cannot be undone at all). */
  typeToConfirm?: string;
};

/**
 * A controlled confirmation. `onConfirm` runs with the dialog open (its button shows progress);
 * if it throws, the message is shown and the dialog stays, so the user can retry or cancel.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  onConfirm,
  testId,
  trigger,
  title,
  description,
  confirmLabel,
  tone = "danger",
  typeToConfirm,
}: ConfirmOptions & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => Promise<unknown> | void;
  testId?: string;
  trigger?: ReactNode;
}) {
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function change(next: boolean) {
    if (pending) return;
    setTyped("");
    setError(null);
    onOpenChange(next);
  }

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setPending(false);
      setTyped("");
      onOpenChange(false);
    } catch (e) {
      setPending(false);
      setError(e instanceof Error ? e.message : "That did not work; try again");
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={change}
      title={title}
      description={description}
      size="sm"
      trigger={trigger}
      testId={testId && `${testId}-dialog`}
      footer={
        <>
          <Button variant="secondary" onClick={() => change(false)} disabled={pending}>
            Cancel
          </Button>
          <Button
            variant={tone}
            pending={pending}
            disabled={typeToConfirm !== undefined && typed !== typeToConfirm}
            onClick={confirm}
            data-testid={testId && `${testId}-confirm`}
          >
            {confirmLabel}
          </Button>
        </>
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
    </Dialog>
  );
}
