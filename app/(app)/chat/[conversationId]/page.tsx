import { ChatView } from "@/components/chat/chat-view";
import { listProviders } from "@/server/conversations/providers";

export default async function ConversationPage({
  params,
}: {
  params: Promise<{ conversationId: string }>;
}) {
  const { conversationId } = await params;
  return (
    <ChatView key={conversationId} conversationId={conversationId} providers={listProviders()} />
  );
}
