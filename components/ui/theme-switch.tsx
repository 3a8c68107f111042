"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { cn } from "./cn";
import type { Theme } from "./theme";
import { useTheme } from "./use-theme";

export const THEME_OPTIONS: ReadonlyArray<{ value: Theme; label: string; icon: typeof Sun }> = [
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
  { value: "system", label: "System", icon: Monitor },
];

/** Light, dark or the system's setting, as a row of three radio buttons. */
export function ThemeSwitch({ className }: { className?: string }) {
  const [theme, setTheme] = useTheme();
  return (
    <div
      role="radiogroup"
      aria-label="Theme"
      className={cn("inline-flex rounded-md border border-border bg-surface p-0.5", className)}
      data-testid="theme-switch"
    >
      {THEME_OPTIONS.map(({ value, label, icon: Icon }) => (
        <button
          key={value}
          type="button"
          role="radio"
          aria-checked={theme === value}
          onClick={() => setTheme(value)}
          className={cn(
            "inline-flex h-8 items-center gap-1.5 rounded px-3 text-sm font-medium",
            "focus-visible:outline-2 focus-visible:outline-accent",
            theme === value ? "bg-bg text-fg shadow-sm" : "text-muted hover:text-fg",
          )}
        >
          <Icon className="size-4" aria-hidden />
          {label}
        </button>
      ))}
    </div>
  );
}
