"use client";

import { PanelLeft } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ConversationSidebar } from "./conversation-sidebar";

/** On narrow screens the conversation list opens as a dialog instead of a sidebar. */
export function PhoneConversations() {
  const [open, setOpen] = useState(false);
  return (
    <div className="md:hidden">
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Conversations"
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
        <div className="-mx-3 h-[60dvh]">
          <ConversationSidebar />
        </div>
      </Dialog>
    </div>
  );
}
