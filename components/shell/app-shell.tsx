import { Search } from "lucide-react";
import Link from "next/link";
import { Suspense } from "react";
import type { ReactNode } from "react";
import { SearchBox } from "@/components/search/search-box";
import type { UserProfile } from "@/server/auth/schemas";
import { Logo } from "./logo";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";

export function AppShell({ user, children }: { user: UserProfile; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent text-sm font-medium text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:px-3 focus:py-2"
        data-testid="skip-link"
      >
        Skip to content
      </a>
      <aside className="hidden w-60 shrink-0 flex-col gap-6 border-r border-border bg-surface p-4 md:flex">
        <Link href="/home" aria-label="Xentree home" className="px-2">
          <Logo />
        </Link>
        <NavLinks />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-between gap-3 border-b border-border px-4 md:px-8">
          <div className="flex items-center gap-2 md:hidden">
            <MobileNav />
            <Link href="/home" aria-label="Xentree home">
              <Logo />
            </Link>
          </div>
          <div className="hidden flex-1 sm:block">
            <Suspense>
              <SearchBox />
            </Suspense>
          </div>
          <div className="flex items-center gap-1">
            <Link
              href="/search"
              aria-label="Search"
              className="rounded-md p-2 hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent sm:hidden"
            >
              <Search className="size-4" aria-hidden />
            </Link>
            <UserMenu initial={user} />
          </div>
        </header>
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none md:px-8"
        >
          {children}
        </main>
      </div>
    </div>
  );
}
