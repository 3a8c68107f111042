"use client";

import dynamic from "next/dynamic";
import { useState, type ReactNode } from "react";
import { Button } from "./button";

// The dialog (Radix and its focus trap) is fetched on the first click, not with the page.
const ConfirmDialog = dynamic(() => import("./confirm-dialog").then((m) => m.ConfirmDialog), {
  ssr: false,
});

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
  const [used, setUsed] = useState(false);
  return (
    <>
      <Button
        variant={variant}
        size={size}
        className={className}
        data-testid={testId}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      {used && (
        <ConfirmDialog
          open={open}
          onOpenChange={setOpen}
          title={title}
          description={description}
          confirmLabel={confirmLabel}
          typeToConfirm={typeToConfirm}
          onConfirm={onConfirm}
          testId={testId}
        />
      )}
    </>
  );
}
