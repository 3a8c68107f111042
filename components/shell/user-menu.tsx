"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronDown } from "lucide-react";
import { lazy, Suspense, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import type { UserProfile } from "@/server/auth/schemas";

const loadDropdown = () => import("./user-menu-dropdown");
// The menu (Radix dropdown and its positioning) is fetched on first use, not with every page.
const UserMenuDropdown = lazy(loadDropdown);

const TRIGGER =
  "flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent";

/**
 * The account button. It reads the profile from the query cache (seeded by the server), so a
 * saved name shows here at once, without a reload. Pressing it the first time loads the menu,
 * which opens at once.
 */
export function UserMenu({ initial }: { initial: UserProfile }) {
  const trpc = useTRPC();
  const me = useQuery({ ...trpc.auth.me.queryOptions(), initialData: initial });
  const [wanted, setWanted] = useState(false);
  const profile = me.data;
  const name = profile.full_name || profile.username;
  const face = (
    <>
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
    </>
  );
  const button = (
    <button
      type="button"
      className={TRIGGER}
      data-testid="user-menu"
      aria-haspopup="menu"
      aria-expanded={wanted}
      onPointerEnter={() => void loadDropdown()}
      onFocus={() => void loadDropdown()}
      onClick={() => setWanted(true)}
    >
      {face}
    </button>
  );
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <UserMenuDropdown profile={profile} name={name} triggerClassName={TRIGGER}>
        {face}
      </UserMenuDropdown>
    </Suspense>
  );
}
