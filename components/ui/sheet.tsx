"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";

/**
 * A panel that slides in from a side: full-screen on phones, a column of `width` from `sm` up.
 * For navigation, filters and side work that should not lose the page behind it.
 */
export function Sheet({
  open,
  onOpenChange,
  title,
  description,
  trigger,
  side = "right",
  children,
  footer,
  hideTitle = false,
  testId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The sheet's name for screen readers; shown as its heading unless `hideTitle`. */
  title: ReactNode;
  description?: string;
  trigger?: ReactNode;
  side?: "left" | "right";
  children: ReactNode;
  footer?: ReactNode;
  hideTitle?: boolean;
  testId?: string;
}) {
  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      {trigger && <DialogPrimitive.Trigger asChild>{trigger}</DialogPrimitive.Trigger>}
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <DialogPrimitive.Content
          data-testid={testId}
          className={cn(
            "fixed inset-y-0 z-50 flex h-dvh w-full flex-col bg-raised shadow-2xl sm:w-80",
            side === "left" ? "left-0 sm:border-r" : "right-0 sm:border-l",
            "border-border",
          )}
        >
          <div className="flex h-14 shrink-0 items-center justify-between gap-4 border-b border-border px-4">
            <DialogPrimitive.Title className={cn("font-semibold", hideTitle && "sr-only")}>
              {title}
            </DialogPrimitive.Title>
            <DialogPrimitive.Close asChild>
              <Button variant="ghost" size="sm" aria-label="Close" className="ml-auto px-2">
                <X className="size-5" aria-hidden />
              </Button>
            </DialogPrimitive.Close>
          </div>
          <DialogPrimitive.Description className="sr-only">
            {description ?? ""}
          </DialogPrimitive.Description>
          <div className="min-h-0 flex-1 overflow-y-auto p-4">{children}</div>
          {footer && <div className="border-t border-border p-4">{footer}</div>}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
