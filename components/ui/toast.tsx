"use client";

import * as ToastPrimitive from "@radix-ui/react-toast";
import { AlertCircle, CheckCircle2, Info, X } from "lucide-react";
import { useSyncExternalStore, type ReactNode } from "react";
import { cn } from "./cn";

type Tone = "success" | "error" | "info";
type ToastItem = { id: number; tone: Tone; title: string; description?: ReactNode; open: boolean };

// A tiny store outside React, so any code (a mutation's onSuccess, an event handler) can raise a
// toast without a hook or a provider in between.
let items: ToastItem[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
function emit() {
  for (const listener of listeners) listener();
}
function push(tone: Tone, title: string, description?: ReactNode) {
  items = [...items.slice(-4), { id: nextId++, tone, title, description, open: true }];
  emit();
}
function close(id: number) {
  items = items.map((t) => (t.id === id ? { ...t, open: false } : t));
  emit();
  // Leave the closing toast mounted long enough for Radix to announce and animate its exit.
  setTimeout(() => {
    items = items.filter((t) => t.id !== id);
    emit();
  }, 300);
}

/** Raise a toast: `toast.success("Role changed")`, `toast.error("Could not save", message)`. */
export const toast = {
  success: (title: string, description?: ReactNode) => push("success", title, description),
  error: (title: string, description?: ReactNode) => push("error", title, description),
  info: (title: string, description?: ReactNode) => push("info", title, description),
  /** A failed action: `title` says what failed, the error's message says why. */
  failure: (title: string, error: unknown) =>
    push(
      "error",
      title,
      error instanceof Error && error.message
        ? error.message
        : "Check your connection and try again.",
    ),
};

const ICONS = { success: CheckCircle2, error: AlertCircle, info: Info };

/** Mounted once, in the root layout. Success and info toasts are polite; errors are assertive. */
export function Toaster() {
  const list = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => items,
    () => items,
  );
  return (
    <ToastPrimitive.Provider swipeDirection="right" label="Notification">
      {list.map((t) => {
        const Icon = ICONS[t.tone];
        return (
          <ToastPrimitive.Root
            key={t.id}
            open={t.open}
            onOpenChange={(open) => !open && close(t.id)}
            type={t.tone === "error" ? "foreground" : "background"}
            duration={t.tone === "error" ? 8000 : 4000}
            data-testid={`toast-${t.tone}`}
            className={cn(
              "pointer-events-auto flex w-full items-start gap-3 rounded-lg border bg-raised p-3 pr-2 shadow-lg",
              "data-[state=closed]:opacity-0 data-[swipe=move]:translate-x-[var(--radix-toast-swipe-move-x)]",
              "transition-opacity",
              t.tone === "error" ? "border-danger/40" : "border-border",
            )}
          >
            <Icon
              className={cn(
                "mt-0.5 size-4 shrink-0",
                t.tone === "error"
                  ? "text-danger"
                  : t.tone === "success"
                    ? "text-accent"
                    : "text-muted",
              )}
              aria-hidden
            />
            <div className="min-w-0 flex-1">
              <ToastPrimitive.Title className="text-sm font-medium">{t.title}</ToastPrimitive.Title>
              {t.description && (
                <ToastPrimitive.Description className="mt-0.5 text-sm break-words text-muted">
                  {t.description}
                </ToastPrimitive.Description>
              )}
            </div>
            <ToastPrimitive.Close
              aria-label="Dismiss"
              className="rounded p-1 text-muted hover:bg-surface hover:text-fg focus-visible:outline-2 focus-visible:outline-accent"
            >
              <X className="size-4" aria-hidden />
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        );
      })}
      <ToastPrimitive.Viewport className="fixed right-0 bottom-0 z-[60] flex max-h-dvh w-full flex-col gap-2 p-4 outline-none sm:max-w-sm" />
    </ToastPrimitive.Provider>
  );
}
