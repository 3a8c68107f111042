"use client";

import { PanelLeft } from "lucide-react";
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConversationSidebar } from "./conversation-sidebar";

// The sheet (Radix Dialog) is fetched when the list is first opened, not with the chat.
const Sheet = lazy(() => import("@/components/ui/sheet").then((m) => ({ default: m.Sheet })));

/** On narrow screens the conversation list slides in from the left, full-screen on phones. */
export function PhoneConversations() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  // Until the sheet is loaded the button says what Radix's trigger says: it opens a dialog.
  const button = (onClick?: () => void) => (
    <Button
      variant="ghost"
      size="sm"
      aria-label="Conversations"
      data-testid="phone-conversations"
      {...(onClick && { "aria-haspopup": "dialog" as const, "aria-expanded": false, onClick })}
    >
      <PanelLeft className="size-4" aria-hidden />
    </Button>
  );
  return (
    <div className="md:hidden">
      {!loaded ? (
        button(() => {
          setLoaded(true);
          setOpen(true);
        })
      ) : (
        <Suspense fallback={button()}>
          <Sheet
            open={open}
            onOpenChange={setOpen}
            title="Conversations"
            side="left"
            trigger={button()}
          >
            <div
              className="-m-4 h-full"
              onClick={(e) => (e.target as Element).closest("a") && setOpen(false)}
            >
              <ConversationSidebar />
            </div>
          </Sheet>
        </Suspense>
      )}
    </div>
  );
}
