import type { useTRPC } from "@/components/trpc/client";

/** The conversation's messages, oldest first, 100 a page: one definition for reads and refreshes. */
export function messagesQuery(trpc: ReturnType<typeof useTRPC>, conversationId: string) {
  return trpc.conversations.messages.infiniteQueryOptions(
    { conversation_id: conversationId, limit: 100 },
    { getNextPageParam: (page) => page.next_cursor ?? undefined },
  );
}
