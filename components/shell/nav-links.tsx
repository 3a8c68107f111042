"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { NAV_ITEMS } from "./nav";

export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-1">
      {NAV_ITEMS.map(({ href, label, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            onClick={onNavigate}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium",
              "focus-visible:outline-2 focus-visible:outline-accent",
              active ? "bg-accent-soft text-fg" : "text-muted hover:bg-surface hover:text-fg",
            )}
          >
            <Icon className={cn("size-4", active && "text-accent")} aria-hidden />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
