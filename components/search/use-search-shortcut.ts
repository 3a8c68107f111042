"use client";

import { useRouter } from "next/navigation";
import { useEffect, type RefObject } from "react";

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/**
 * `/` (when not typing elsewhere) or Ctrl/⌘+K focuses this search box; where the box is not
 * shown (phones, where the header has only a magnifier), the keys open the search page instead.
 */
export function useSearchShortcut(input: RefObject<HTMLInputElement | null>, enabled: boolean) {
  const router = useRouter();
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      const combo =
        event.key.toLowerCase() === "k" &&
        (event.metaKey || event.ctrlKey) &&
        !event.altKey &&
        !event.shiftKey;
      const slash =
        event.key === "/" &&
        !event.metaKey &&
        !event.ctrlKey &&
        !event.altKey &&
        !typingIn(event.target);
      if (!combo && !slash) return;
      event.preventDefault();
      const box = input.current;
      if (box && box.getClientRects().length > 0) {
        box.focus();
        box.select();
      } else router.push("/search");
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [input, router, enabled]);
}
