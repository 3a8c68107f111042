"use client";

import * as MenuPrimitive from "@radix-ui/react-dropdown-menu";
import { Check } from "lucide-react";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { cn } from "./cn";

/**
 * A dropdown menu of actions (the user menu, a row's "more" menu). Keyboard and screen reader
 * behaviour come from Radix; these wrappers only style it.
 */
export const Menu = MenuPrimitive.Root;
export const MenuTrigger = MenuPrimitive.Trigger;
export const MenuGroup = MenuPrimitive.Group;

export function MenuContent({
  className,
  children,
  align = "end",
  ...props
}: ComponentPropsWithoutRef<typeof MenuPrimitive.Content>) {
  return (
    <MenuPrimitive.Portal>
      <MenuPrimitive.Content
        align={align}
        sideOffset={6}
        collisionPadding={8}
        className={cn(
          "z-50 min-w-56 rounded-lg border border-border bg-raised p-1 shadow-lg",
          className,
        )}
        {...props}
      >
        {children}
      </MenuPrimitive.Content>
    </MenuPrimitive.Portal>
  );
}

const itemClass =
  "flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm outline-none select-none data-[disabled]:opacity-50 data-[highlighted]:bg-surface";

export function MenuItem({
  className,
  destructive,
  ...props
}: ComponentPropsWithoutRef<typeof MenuPrimitive.Item> & { destructive?: boolean }) {
  return (
    <MenuPrimitive.Item
      className={cn(itemClass, destructive && "text-danger", className)}
      {...props}
    />
  );
}

export function MenuLabel({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <MenuPrimitive.Label className={cn("px-2 py-1.5 text-xs text-muted", className)}>
      {children}
    </MenuPrimitive.Label>
  );
}

export function MenuSeparator() {
  return <MenuPrimitive.Separator className="my-1 h-px bg-border" />;
}

/** One-of-many choices inside a menu (the theme): a check marks the current one. */
export function MenuRadioGroup({
  value,
  onValueChange,
  options,
  label,
}: {
  value: string;
  onValueChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string; icon?: typeof Check }>;
  label: string;
}) {
  return (
    <MenuPrimitive.RadioGroup value={value} onValueChange={onValueChange} aria-label={label}>
      {options.map(({ value: v, label: text, icon: Icon }) => (
        <MenuPrimitive.RadioItem
          key={v}
          value={v}
          className={itemClass}
          onSelect={(e) => e.preventDefault()}
        >
          {Icon && <Icon className="size-4" aria-hidden />}
          <span className="flex-1">{text}</span>
          <MenuPrimitive.ItemIndicator>
            <Check className="size-4 text-accent" aria-hidden />
          </MenuPrimitive.ItemIndicator>
        </MenuPrimitive.RadioItem>
      ))}
    </MenuPrimitive.RadioGroup>
  );
}
