"use client";

import { LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
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
 * The account menu itself (Radix dropdown), loaded by ./user-menu.tsx when the account button is
 * first pointed at, focused or pressed: the menu's code is not part of every page's first load.
 */
export default function UserMenuDropdown({
  profile,
  name,
  triggerClassName,
  children,
}: {
  profile: UserProfile;
  name: string;
  triggerClassName: string;
  children: ReactNode;
}) {
  const [theme, setTheme] = useTheme();
  return (
    <Menu defaultOpen>
      <MenuTrigger className={triggerClassName} data-testid="user-menu">
        {children}
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
