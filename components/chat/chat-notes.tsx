"use client";

import dynamic from "next/dynamic";
import { useSyncExternalStore } from "react";

// The notes (their editor and queries) and the sheet (Radix Dialog) are fetched when the notes
// are first opened, not with the chat.
const NotesPanel = dynamic(() => import("./notes-panel").then((m) => m.NotesPanel), {
  ssr: false,
});
const Sheet = dynamic(() => import("@/components/ui/sheet").then((m) => m.Sheet), { ssr: false });

const WIDE = "(min-width: 1280px)";

function useWide(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(WIDE);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
}

/**
 * The conversation's notes. From 1280 px they open as a column beside the chat (the conversation
 * list steps aside meanwhile, see the chat layout), so the chat keeps a readable width; narrower,
 * they open as a sheet over the chat (full-screen on phones) and the composer is never squeezed.
 */
export function ChatNotes({
  open,
  onOpenChange,
  conversationId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  conversationId: string | null;
}) {
  const wide = useWide();
  if (!open) return null;
  if (wide)
    return <NotesPanel conversationId={conversationId} onClose={() => onOpenChange(false)} />;
  return (
    <Sheet open onOpenChange={onOpenChange} title="Notes" hideTitle testId="notes-sheet">
      <NotesPanel
        conversationId={conversationId}
        className="-m-4 w-[calc(100%+2rem)] border-l-0 bg-transparent md:w-[calc(100%+2rem)]"
      />
    </Sheet>
  );
}
