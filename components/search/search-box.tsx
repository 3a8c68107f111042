"use client";

import { Search } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useSearchShortcut } from "./use-search-shortcut";

/**
 * The one search box: in the header from `sm` up, and on the search page itself at every width
 * (there the header's box steps aside, so there is one box and one shortcut at a time).
 */
export function SearchBox({ variant = "header" }: { variant?: "header" | "page" }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const input = useRef<HTMLInputElement>(null);
  const onSearchPage = pathname === "/search";
  const shown = variant === "page" || !onSearchPage;
  useSearchShortcut(input, shown);
  if (!shown) return null;
  const page = variant === "page";
  const q = params.get("q") ?? "";
  return (
    <form
      role="search"
      className={cn("relative flex w-full gap-2", page ? "max-w-2xl" : "max-w-sm")}
      onSubmit={(e) => {
        e.preventDefault();
        const text = String(new FormData(e.currentTarget).get("q") ?? "").trim();
        if (text) router.push(`/search?q=${encodeURIComponent(text)}`);
      }}
    >
      <Search
        className={cn(
          "pointer-events-none absolute top-1/2 size-4 -translate-y-1/2 text-muted",
          page ? "left-3" : "left-2.5",
        )}
        aria-hidden
      />
      <label htmlFor={page ? "page-search" : "global-search"} className="sr-only">
        Search everything
      </label>
      <input
        ref={input}
        id={page ? "page-search" : "global-search"}
        key={q}
        name="q"
        type="search"
        defaultValue={q}
        autoFocus={page && !q}
        enterKeyHint="search"
        placeholder="Search messages, notes, documents…"
        aria-keyshortcuts="/ Control+K Meta+K"
        className={cn(
          "w-full min-w-0 rounded-md border border-border bg-bg pr-10 text-sm focus-visible:outline-2 focus-visible:outline-accent",
          page ? "h-11 pl-9 text-base sm:text-sm" : "h-9 pl-8",
        )}
        data-testid={page ? "page-search" : "global-search"}
      />
      <kbd
        className={cn(
          "pointer-events-none absolute top-1/2 hidden -translate-y-1/2 rounded border border-border px-1.5 text-xs text-muted sm:block",
          page ? "right-24" : "right-2",
        )}
        aria-hidden
      >
        /
      </kbd>
      {page && (
        <Button type="submit" className="h-11 shrink-0" data-testid="page-search-submit">
          Search
        </Button>
      )}
    </form>
  );
}
