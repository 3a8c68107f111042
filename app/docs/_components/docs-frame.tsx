import { ChevronDown } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { GUIDES, guideHref } from "../_lib/examples";
import { DocsSearch } from "./docs-search";

const REFERENCE = [
  { href: "/docs/api", title: "API reference" },
  { href: "/docs/schemas", title: "Schemas" },
];

function DocsNav({ current }: { current: string }) {
  const item = (href: string, title: string) => (
    <li key={href}>
      <Link
        href={href}
        aria-current={href === current ? "page" : undefined}
        className={cn(
          "block rounded-md px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-accent",
          href === current
            ? "bg-accent-soft font-medium text-fg"
            : "text-muted hover:bg-surface hover:text-fg",
        )}
      >
        {title}
      </Link>
    </li>
  );
  return (
    <nav aria-label="Documentation" className="flex flex-col gap-4">
      <div>
        <p className="mb-1 px-3 text-xs font-semibold tracking-wide text-muted uppercase">Guides</p>
        <ul className="flex flex-col gap-0.5">
          {GUIDES.map((g) => item(guideHref(g.slug), g.title))}
        </ul>
      </div>
      <div>
        <p className="mb-1 px-3 text-xs font-semibold tracking-wide text-muted uppercase">
          Reference
        </p>
        <ul className="flex flex-col gap-0.5">{REFERENCE.map((r) => item(r.href, r.title))}</ul>
      </div>
    </nav>
  );
}

/**
 * The documentation's own frame inside the app's: the guides and the reference on the left (a
 * menu above the page on phones), a search over the guides, and the page.
 */
export function DocsFrame({
  current,
  title,
  description,
  children,
  footer,
}: {
  current: string;
  title: string;
  description?: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const currentTitle =
    [...GUIDES.map((g) => ({ href: guideHref(g.slug), title: g.title })), ...REFERENCE].find(
      (p) => p.href === current,
    )?.title ?? title;
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 md:px-8 md:py-8">
      <div className="md:grid md:grid-cols-[13rem_minmax(0,1fr)] md:gap-10">
        <aside className="hidden md:block">
          <div className="sticky top-6 flex flex-col gap-4">
            <DocsSearch />
            <DocsNav current={current} />
          </div>
        </aside>
        <div className="mb-6 flex flex-col gap-3 md:hidden">
          <DocsSearch />
          <details className="group rounded-md border border-border" data-testid="docs-menu">
            <summary className="flex cursor-pointer list-none items-center justify-between px-3 py-2 text-sm font-medium [&::-webkit-details-marker]:hidden">
              <span>
                <span className="text-muted">Docs: </span>
                {currentTitle}
              </span>
              <ChevronDown
                className="size-4 text-muted transition-transform group-open:rotate-180"
                aria-hidden
              />
            </summary>
            {/* display:none while closed, so the hidden links have no boxes at all. */}
            <div className="hidden border-t border-border p-2 group-open:block">
              <DocsNav current={current} />
            </div>
          </details>
        </div>
        <article className="min-w-0" data-testid="docs-article">
          <header className="mb-6">
            <h1 className="text-2xl font-semibold tracking-tight md:text-3xl">{title}</h1>
            {description && <p className="mt-2 text-muted">{description}</p>}
          </header>
          {children}
          {footer}
        </article>
      </div>
    </div>
  );
}
