"use client";

import { useEffect, useSyncExternalStore } from "react";

const targetOf = (hash: string) => /^#message-(.+)$/.exec(hash)?.[1] ?? null;

/**
 * A search result links to `/chat/<id>#message-<message id>`: once the messages are on screen,
 * scroll that message into the middle of the view, and return its id so it is highlighted.
 */
export function useLandOnMessage(ready: boolean): string | null {
  const target = useSyncExternalStore(
    (onChange) => {
      window.addEventListener("hashchange", onChange);
      return () => window.removeEventListener("hashchange", onChange);
    },
    () => targetOf(window.location.hash),
    () => null,
  );
  useEffect(() => {
    if (ready && target)
      void document.getElementById(`message-${target}`)?.scrollIntoView({ block: "center" });
  }, [ready, target]);
  return target;
}
