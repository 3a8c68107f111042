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
        className="hover:bg-surface focus-visible:outline-accent flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium focus-visible:outline-2"
        data-testid="user-menu"
      >
        <span className="bg-accent-soft grid size-7 place-items-center rounded-full text-xs font-semibold uppercase">
          {name.slice(0, 1)}
        </span>
        <span className="max-w-40 truncate" data-testid="user-name">
          {name}
        </span>
        <ChevronDown className="text-muted size-4" aria-hidden />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="end"
          sideOffset={6}
          className="border-border bg-bg z-50 min-w-56 rounded-md border p-1 shadow-lg"
        >
          <div className="text-muted px-2 py-1.5 text-xs">{email}</div>
          <Menu.Separator className="bg-border my-1 h-px" />
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
