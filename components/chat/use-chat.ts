"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { messagesQuery } from "./messages-query";
import { readEvents } from "./sse";

export type Pending = {
  conversationId: string;
  messageId: string | null;
  question: string;
  answer: string;
};

type ErrorEnvelope = { detail?: { message?: string; error?: string } };

/**
 * Sends a message and streams the answer from POST /api/core/chat (server-sent events). The
 * server writes the answer whether or not this page stays: leaving or reloading loses nothing.
 */
export function useChat(options: {
  conversationId: string | null;
  onConversationCreated: (id: string) => void;
  /** Called with the text of a message that could not be sent or answered. */
  onFailed: (text: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const createConversation = useMutation(trpc.conversations.create.mutationOptions());
  const stopMutation = useMutation(trpc.conversations.stop.mutationOptions());
  const pendingRef = useRef<Pending | null>(null);

  const update = (next: Pending | null) => {
    pendingRef.current = next;
    setPending(next);
  };

  async function send(
    text: string,
    model: { provider: string; model: string | null },
    useKnowledge = false,
  ) {
    setError(null);
    let conversationId = options.conversationId;
    try {
      if (!conversationId) {
        conversationId = (await createConversation.mutateAsync({})).id;
        options.onConversationCreated(conversationId);
      }
      update({ conversationId, messageId: null, question: text, answer: "" });
      const response = await fetch("/api/core/chat", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({
          message: text,
          conversation_id: conversationId,
          provider: model.provider,
          model: model.model,
          use_knowledge: useKnowledge,
          stream: true,
        }),
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => ({}))) as ErrorEnvelope;
        throw new Error(body.detail?.message ?? `The server answered ${response.status}`);
      }
      for await (const { event, data } of readEvents(response.body)) {
        const current = pendingRef.current!;
        if (event === "start")
          update({ ...current, messageId: (data as { message_id: string | null }).message_id });
        else if (event === "delta")
          update({ ...current, answer: current.answer + (data as { text: string }).text });
        else if (event === "error")
          throw new Error((data as ErrorEnvelope).detail?.message ?? "The answer failed");
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : "Sending failed; check your connection");
      options.onFailed(text);
    } finally {
      // Load the stored turns before dropping the local copy, so nothing flickers away.
      if (conversationId)
        await queryClient
          .fetchInfiniteQuery({ ...messagesQuery(trpc, conversationId), staleTime: 0 })
          .catch(() => {});
      await queryClient.invalidateQueries(trpc.conversations.pathFilter());
      update(null);
    }
  }

  async function stop() {
    const current = pendingRef.current;
    if (current?.messageId)
      await stopMutation.mutateAsync({
        conversation_id: current.conversationId,
        message_id: current.messageId,
      });
  }

  return {
    pending,
    error,
    clearError: () => setError(null),
    send,
    stop,
    stopping: stopMutation.isPending,
  };
}
