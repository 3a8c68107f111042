"use client";

import * as SelectPrimitive from "@radix-ui/react-select";
import { Check, ChevronDown } from "lucide-react";
import { selectTriggerClass } from "./select-trigger";

export type SelectOption = { value: string; label: string; description?: string };

/** Radix Select has no empty value; this stands in for "none" (No team) and is mapped back. */
const NONE = "__none__";

/**
 * A compact, styled choice for in-place changes (a member's role in a row), where an option may
 * carry a one-line explanation. Forms with long lists (time zones) keep the native SelectField.
 * `value` "" is allowed and shown as the option whose value is "".
 */
export function Select({
  value,
  onValueChange,
  options,
  label,
  disabled,
  size = "md",
  className,
  testId,
  defaultOpen,
}: {
  value: string;
  onValueChange: (value: string) => void;
  options: ReadonlyArray<SelectOption>;
  /** The accessible name, for selects without a visible label. */
  label: string;
  disabled?: boolean;
  size?: "sm" | "md";
  className?: string;
  testId?: string;
  /** Open when mounted: its stand-in was just used (see LazySelect). */
  defaultOpen?: boolean;
}) {
  const encode = (v: string) => (v === "" ? NONE : v);
  return (
    <SelectPrimitive.Root
      value={encode(value)}
      onValueChange={(v) => onValueChange(v === NONE ? "" : v)}
      disabled={disabled}
      defaultOpen={defaultOpen}
    >
      <SelectPrimitive.Trigger
        aria-label={label}
        data-testid={testId}
        className={selectTriggerClass(size, className)}
      >
        <span className="truncate">
          <SelectPrimitive.Value />
        </span>
        <SelectPrimitive.Icon>
          <ChevronDown className="size-4 shrink-0 text-muted" aria-hidden />
        </SelectPrimitive.Icon>
      </SelectPrimitive.Trigger>
      <SelectPrimitive.Portal>
        <SelectPrimitive.Content
          position="popper"
          sideOffset={4}
          className="z-50 max-h-[var(--radix-select-content-available-height)] min-w-[var(--radix-select-trigger-width)] overflow-hidden rounded-lg border border-border bg-raised shadow-lg"
        >
          <SelectPrimitive.Viewport className="max-w-[min(22rem,calc(100vw-2rem))] p-1">
            {options.map((o) => (
              <SelectPrimitive.Item
                key={o.value}
                value={encode(o.value)}
                className="relative flex cursor-pointer flex-col rounded-md py-1.5 pr-2 pl-8 text-sm outline-none select-none data-[disabled]:opacity-50 data-[highlighted]:bg-surface"
              >
                <SelectPrimitive.ItemIndicator className="absolute top-2 left-2">
                  <Check className="size-4 text-accent" aria-hidden />
                </SelectPrimitive.ItemIndicator>
                <SelectPrimitive.ItemText>{o.label}</SelectPrimitive.ItemText>
                {o.description && <span className="text-xs text-muted">{o.description}</span>}
              </SelectPrimitive.Item>
            ))}
          </SelectPrimitive.Viewport>
        </SelectPrimitive.Content>
      </SelectPrimitive.Portal>
    </SelectPrimitive.Root>
  );
}
