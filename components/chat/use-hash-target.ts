"use client";

import { useEffect, useSyncExternalStore } from "react";

/**
 * The id named by the address's `#<prefix>-<id>` (a search result's `#message-…` or `#note-…`),
 * or null. Read after hydration, so the server's markup and the first client render agree.
 */
export function useHashTarget(prefix: "message" | "note"): string | null {
  const hash = useSyncExternalStore(
    (onChange) => {
      window.addEventListener("hashchange", onChange);
      return () => window.removeEventListener("hashchange", onChange);
    },
    () => window.location.hash,
    () => "",
  );
  return hash.startsWith(`#${prefix}-`) ? decodeURIComponent(hash.slice(prefix.length + 2)) : null;
}

/** Once `ready` (the list is on screen), scroll the element `elementId` into the middle of the view. */
export function useScrollToTarget(elementId: string | null, ready: boolean) {
  useEffect(() => {
    if (ready && elementId)
      void document.getElementById(elementId)?.scrollIntoView({ block: "center" });
  }, [ready, elementId]);
}
