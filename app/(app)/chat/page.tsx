import { ChatView } from "@/components/chat/chat-view";
import { listProviders } from "@/server/conversations/providers";

export default function NewChatPage() {
  return <ChatView conversationId={null} providers={listProviders()} />;
}
