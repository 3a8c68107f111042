"use client";

import { PanelLeft } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet } from "@/components/ui/sheet";
import { ConversationSidebar } from "./conversation-sidebar";

/** On narrow screens the conversation list slides in from the left, full-screen on phones. */
export function PhoneConversations() {
  const [open, setOpen] = useState(false);
  return (
    <div className="md:hidden">
      <Sheet
        open={open}
        onOpenChange={setOpen}
        title="Conversations"
        side="left"
        trigger={
          <Button
            variant="ghost"
            size="sm"
            aria-label="Conversations"
            data-testid="phone-conversations"
          >
            <PanelLeft className="size-4" aria-hidden />
          </Button>
        }
      >
        <div
          className="-m-4 h-full"
          onClick={(e) => (e.target as Element).closest("a") && setOpen(false)}
        >
          <ConversationSidebar />
        </div>
      </Sheet>
    </div>
  );
}
