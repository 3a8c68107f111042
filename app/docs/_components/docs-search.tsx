"use client";

import { Search } from "lucide-react";
import Link from "next/link";
import { useId, useRef, useState } from "react";

type Entry = { href: string; guide: string; heading: string; text: string };

let index: Promise<Entry[]> | undefined;
const loadIndex = () =>
  (index ??= fetch("/docs/search-index")
    .then((r) => (r.ok ? (r.json() as Promise<Entry[]>) : []))
    .catch(() => {
      index = undefined;
      return [];
    }));

function search(entries: Entry[], query: string): Array<Entry & { snippet: string }> {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  return entries
    .map((e) => {
      const haystack = `${e.heading} ${e.text}`.toLowerCase();
      if (!terms.every((t) => haystack.includes(t))) return null;
      const score = terms.reduce(
        (s, t) => s + (e.heading.toLowerCase().includes(t) ? 5 : 0) + haystack.split(t).length - 1,
        0,
      );
      const at = e.text.toLowerCase().indexOf(terms[0]!);
      const start = Math.max(0, at - 40);
      const snippet = `${start > 0 ? "…" : ""}${e.text.slice(start, start + 120)}…`;
      return { ...e, snippet, score };
    })
    .filter((e): e is Entry & { snippet: string; score: number } => e !== null)
    .sort((a, b) => b.score - a.score)
    .slice(0, 8);
}

/** Search within the guides: the index (plain text by section) loads on first focus. */
export function DocsSearch() {
  const [query, setQuery] = useState("");
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const results = entries ? search(entries, query) : [];
  const load = () => {
    if (!entries) void loadIndex().then(setEntries);
  };
  return (
    <div className="relative" role="search">
      <label className="relative block">
        <span className="sr-only">Search the docs</span>
        <Search
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted"
          aria-hidden
        />
        <input
          ref={inputRef}
          type="search"
          value={query}
          onFocus={load}
          onChange={(e) => {
            load();
            setQuery(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") setQuery("");
          }}
          placeholder="Search the docs"
          aria-controls={query.trim() ? listId : undefined}
          className="h-9 w-full rounded-md border border-border bg-bg pr-2 pl-8 text-sm placeholder:text-muted focus-visible:outline-2 focus-visible:outline-accent"
          data-testid="docs-search"
        />
      </label>
      {query.trim() && (
        <div
          id={listId}
          className="absolute inset-x-0 top-10 z-20 max-h-[60vh] overflow-y-auto rounded-md border border-border bg-raised p-1 shadow-lg md:w-80"
          data-testid="docs-search-results"
        >
          {entries === null ? (
            <p className="px-3 py-2 text-sm text-muted">Loading…</p>
          ) : results.length === 0 ? (
            <p className="px-3 py-2 text-sm text-muted">Nothing in the guides matches.</p>
          ) : (
            <ul>
              {results.map((r) => (
                <li key={r.href}>
                  <Link
                    href={r.href}
                    onClick={() => setQuery("")}
                    className="block rounded px-3 py-2 hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent"
                  >
                    <span className="block text-sm font-medium">
                      {r.guide}
                      {r.heading !== r.guide && <span className="text-muted"> › {r.heading}</span>}
                    </span>
                    <span className="block text-xs text-muted">{r.snippet}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
