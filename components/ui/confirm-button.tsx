"use client";

import { useState, type ReactNode } from "react";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";

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
  className,
  testId,
}: {
  label: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  typeToConfirm?: string;
  variant?: "danger" | "danger-ghost" | "secondary" | "ghost";
  size?: "sm" | "md";
  className?: string;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      typeToConfirm={typeToConfirm}
      onConfirm={onConfirm}
      testId={testId}
      trigger={
        <Button variant={variant} size={size} className={className} data-testid={testId}>
          {label}
        </Button>
      }
    />
  );
}
