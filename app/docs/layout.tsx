import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { Logo } from "@/components/shell/logo";
import { Button } from "@/components/ui/button";
import { localeFromHeader, safeTimeZone } from "@/components/ui/format";
import { FormatProvider } from "@/components/ui/format-provider";
import { ThemeSwitch } from "@/components/ui/theme-switch";
import { getSignedInUser } from "@/server/auth/page-user";

/**
 * The docs keep the app's frame: signed in, its sidebar, header and theme, with the way back to
 * every area; signed out (integrators may have no account), a header with the way in.
 */
export default async function DocsLayout({ children }: { children: ReactNode }) {
  const user = await getSignedInUser();
  if (user) {
    const locale = localeFromHeader((await headers()).get("accept-language"));
    return (
      <FormatProvider locale={locale} timeZone={safeTimeZone(user.timezone)}>
        <AppShell user={user}>
          <div className="-mx-4 -my-8 md:-mx-8">{children}</div>
        </AppShell>
      </FormatProvider>
    );
  }
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex h-14 items-center justify-between gap-3 border-b border-border px-4 md:px-8">
        <Link href="/" aria-label="Xentree home" data-testid="docs-home">
          <Logo />
        </Link>
        <div className="flex items-center gap-2">
          <ThemeSwitch className="hidden sm:flex" />
          <Button asChild variant="secondary" size="sm">
            <Link href="/sign-in" data-testid="docs-sign-in">
              Sign in
            </Link>
          </Button>
        </div>
      </header>
      <main id="main" className="flex-1">
        {children}
      </main>
    </div>
  );
}
