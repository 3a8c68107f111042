"use client";

import { Search } from "lucide-react";
import { useRouter, useSearchParams } from "next/navigation";

/** The one search box in the header: messages, notes (and later transcripts and documents). */
export function SearchBox() {
  const router = useRouter();
  const params = useSearchParams();
  return (
    <form
      role="search"
      className="relative w-full max-w-sm"
      onSubmit={(e) => {
        e.preventDefault();
        const q = String(new FormData(e.currentTarget).get("q") ?? "").trim();
        if (q) router.push(`/search?q=${encodeURIComponent(q)}`);
      }}
    >
      <Search
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted"
        aria-hidden
      />
      <label htmlFor="global-search" className="sr-only">
        Search everything
      </label>
      <input
        id="global-search"
        name="q"
        type="search"
        defaultValue={params.get("q") ?? ""}
        placeholder="Search messages and notes"
        className="h-9 w-full rounded-md border border-border bg-bg pr-3 pl-8 text-sm focus-visible:outline-2 focus-visible:outline-accent"
        data-testid="global-search"
      />
    </form>
  );
}
