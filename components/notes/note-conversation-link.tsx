"use client";

import { useQuery } from "@tanstack/react-query";
import { MessagesSquare } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/client";

/**
 * "In: <conversation title>", linking to it. Titles come from the conversation list the chat
 * sidebar also reads (one cached query for every note on the page).
 */
export function NoteConversationLink({ conversationId }: { conversationId: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.conversations.list.queryOptions({ limit: 100 }));
  const title =
    list.data?.items.find((c) => c.id === conversationId)?.title || "Untitled conversation";
  return (
    <Link
      href={`/chat/${conversationId}`}
      className="mt-2 inline-flex max-w-full items-center gap-1.5 text-xs font-medium text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent"
      data-testid="note-conversation"
    >
      <MessagesSquare className="size-3.5 shrink-0" aria-hidden />
      <span className="truncate">In: {title}</span>
    </Link>
  );
}
