import type { ReactNode } from "react";
import { cn } from "./cn";

const TONES = {
  neutral: "bg-surface text-fg border-border",
  accent: "bg-accent-soft text-fg border-accent/30",
  danger: "bg-danger-soft text-danger border-danger/30",
  muted: "bg-surface text-muted border-border",
} as const;

/** A small label for a state or a role ("Active", "Owner"). */
export function Badge({
  tone = "neutral",
  children,
  className,
  testId,
}: {
  tone?: keyof typeof TONES;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        TONES[tone],
        className,
      )}
      data-testid={testId}
    >
      {children}
    </span>
  );
}
