import type { ReactNode } from "react";
import { ConversationSidebar } from "@/components/chat/conversation-sidebar";

export const metadata = { title: "Chat" };

export default function ChatLayout({ children }: { children: ReactNode }) {
  return (
    <div className="-mx-4 -my-8 flex h-[calc(100dvh-3.5rem)] md:-mx-8">
      <div className="hidden w-64 shrink-0 border-r border-border md:block">
        <ConversationSidebar />
      </div>
      {children}
    </div>
  );
}
