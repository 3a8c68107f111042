import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { getSignedInUser, signInUrl } from "@/server/auth/page-user";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await getSignedInUser();
  if (!user) redirect(await signInUrl());
  return (
    <AppShell user={{ name: user.full_name || user.username, email: user.email }}>
      {children}
    </AppShell>
  );
}
