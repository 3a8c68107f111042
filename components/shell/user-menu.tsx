"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { signOutAction } from "@/server/auth/browser-actions";

const itemClass =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-surface";

export function UserMenu({ name, email }: { name: string; email: string }) {
  return (
    <Menu.Root>
      <Menu.Trigger
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent"
        data-testid="user-menu"
      >
        <span className="grid size-7 place-items-center rounded-full bg-accent-soft text-xs font-semibold uppercase">
          {name.slice(0, 1)}
        </span>
        <span className="hidden max-w-40 truncate sm:inline" data-testid="user-name">
          {name}
        </span>
        <ChevronDown className="size-4 text-muted" aria-hidden />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded-md border border-border bg-bg p-1 shadow-lg"
        >
          <div className="px-2 py-1.5 text-xs text-muted">{email}</div>
          <Menu.Separator className="my-1 h-px bg-border" />
          <Menu.Item asChild className={itemClass}>
            <Link href="/settings/profile">
              <UserRound className="size-4" aria-hidden /> Profile
            </Link>
          </Menu.Item>
          <Menu.Item
            className={itemClass}
            data-testid="sign-out"
            onSelect={() => {
              void signOutAction();
            }}
          >
            <LogOut className="size-4" aria-hidden /> Sign out
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
