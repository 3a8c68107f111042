import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/shell/logo";

export function AuthCard({
  title,
  children,
  footer,
}: {
  title: string;
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-surface px-4 py-12">
      <Link href="/" className="mb-8" aria-label="Xentree home">
        <Logo />
      </Link>
      <div className="w-full max-w-sm rounded-lg border border-border bg-bg p-6 shadow-sm sm:p-8">
        <h1 className="mb-6 text-xl font-semibold">{title}</h1>
        {children}
      </div>
      <p className="mt-6 text-sm text-muted">{footer}</p>
    </main>
  );
}
