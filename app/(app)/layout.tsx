import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { localeFromHeader, safeTimeZone } from "@/components/ui/format";
import { FormatProvider } from "@/components/ui/format-provider";
import { getSignedInUser, signInUrl } from "@/server/auth/page-user";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await getSignedInUser();
  if (!user) redirect(await signInUrl());
  // Dates are written in the browser's language and the profile's time zone, on the server and
  // in the browser alike.
  const locale = localeFromHeader((await headers()).get("accept-language"));
  return (
    <FormatProvider locale={locale} timeZone={safeTimeZone(user.timezone)}>
      <AppShell user={user}>{children}</AppShell>
    </FormatProvider>
  );
}
