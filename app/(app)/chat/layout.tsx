import type { ReactNode } from "react";
import { ConversationSidebar } from "@/components/chat/conversation-sidebar";

export const metadata = { title: "Chat" };

export default function ChatLayout({ children }: { children: ReactNode }) {
  return (
    // With notes open beside the chat (from 1280 px) the conversation list steps aside below
    // 1536 px, so the chat column keeps a readable width.
    <div className="group/chat -mx-4 -my-8 flex h-[calc(100dvh-3.5rem)] md:-mx-8">
      <div className="hidden w-64 shrink-0 border-r border-border md:block xl:group-has-[[data-notes-open]]/chat:max-2xl:hidden">
        <ConversationSidebar />
      </div>
      {children}
    </div>
  );
}
