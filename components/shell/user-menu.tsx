"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronDown, LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/client";
import {
  Menu,
  MenuContent,
  MenuItem,
  MenuLabel,
  MenuRadioGroup,
  MenuSeparator,
  MenuTrigger,
} from "@/components/ui/menu";
import { parseTheme } from "@/components/ui/theme";
import { THEME_OPTIONS } from "@/components/ui/theme-switch";
import { useTheme } from "@/components/ui/use-theme";
import { signOutAction } from "@/server/auth/browser-actions";
import type { UserProfile } from "@/server/auth/schemas";

/**
 * The account button. It reads the profile from the query cache (seeded by the server), so a
 * saved name shows here at once, without a reload.
 */
export function UserMenu({ initial }: { initial: UserProfile }) {
  const trpc = useTRPC();
  const me = useQuery({ ...trpc.auth.me.queryOptions(), initialData: initial });
  const [theme, setTheme] = useTheme();
  const profile = me.data;
  const name = profile.full_name || profile.username;
  return (
    <Menu>
      <MenuTrigger
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent"
        data-testid="user-menu"
      >
        <span
          className="grid size-7 place-items-center rounded-full bg-accent-soft text-xs font-semibold uppercase"
          aria-hidden
        >
          {name.slice(0, 1)}
        </span>
        {/* The name is the button's accessible name at every width; phones show the initial only. */}
        <span className="sr-only sm:not-sr-only sm:max-w-40 sm:truncate" data-testid="user-name">
          {name}
        </span>
        <ChevronDown className="size-4 text-muted" aria-hidden />
      </MenuTrigger>
      <MenuContent>
        <div className="px-2 py-1.5">
          <div className="truncate text-sm font-medium">{name}</div>
          <div className="truncate text-xs text-muted">{profile.email}</div>
        </div>
        <MenuSeparator />
        <MenuItem asChild>
          <Link href="/settings/profile">
            <UserRound className="size-4" aria-hidden /> Profile
          </Link>
        </MenuItem>
        <MenuSeparator />
        <MenuLabel>Theme</MenuLabel>
        <MenuRadioGroup
          label="Theme"
          value={theme}
          onValueChange={(v) => setTheme(parseTheme(v))}
          options={THEME_OPTIONS}
        />
        <MenuSeparator />
        <MenuItem
          data-testid="sign-out"
          onSelect={() => {
            void signOutAction();
          }}
        >
          <LogOut className="size-4" aria-hidden /> Sign out
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
