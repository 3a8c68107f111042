"use client";

import { useEffect, useState } from "react";

/**
 * A search result links to `/chat/<id>#message-<message id>`: once the messages are on screen,
 * scroll that message into the middle of the view and return its id so it is highlighted.
 */
export function useLandOnMessage(ready: boolean): string | null {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    const id = /^#message-(.+)$/.exec(window.location.hash)?.[1];
    if (!id) return;
    const element = document.getElementById(`message-${id}`);
    if (!element) return;
    void element.scrollIntoView({ block: "center" });
    setTarget(id);
  }, [ready]);
  return target;
}
