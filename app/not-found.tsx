import { Compass } from "lucide-react";
import Link from "next/link";
import { Logo } from "@/components/shell/logo";
import { Button } from "@/components/ui/button";

export const metadata = { title: "Page not found" };

/** Any address that matches no page: say so in the app's own look, and offer the way back. */
export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-surface px-4 py-12 text-center">
      <Link href="/" aria-label="Xentree home" className="mb-10">
        <Logo />
      </Link>
      <span className="mb-4 grid size-12 place-items-center rounded-full border border-border bg-bg">
        <Compass className="size-6 text-muted" aria-hidden />
      </span>
      <p className="text-sm font-medium text-accent">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight" data-testid="not-found-title">
        This page does not exist
      </h1>
      <p className="mt-2 max-w-sm text-sm text-muted">
        The address may be mistyped, or the page was moved or deleted.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button asChild>
          <Link href="/home">Go to your home page</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href="/chat">Open chat</Link>
        </Button>
      </div>
    </main>
  );
}
