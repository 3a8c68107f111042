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
    <main className="bg-surface flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8" aria-label="Xentree home">
        <Logo />
      </Link>
      <div className="border-border bg-bg w-full max-w-sm rounded-lg border p-6 shadow-sm sm:p-8">
        <h1 className="mb-6 text-xl font-semibold">{title}</h1>
        {children}
      </div>
      <p className="text-muted mt-6 text-sm">{footer}</p>
    </main>
  );
}
