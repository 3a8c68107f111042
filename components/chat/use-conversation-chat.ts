"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { toast } from "@/components/ui/toast";
import {
  streamAnswer,
  textOf,
  type AnswerEvent,
  type Citation,
  type XentreeMessage,
} from "./chat-transport";
import { messagesQuery } from "./messages-query";
import type { ModelChoice } from "./model-picker";

type Stored = {
  id: string;
  role: "user" | "assistant";
  content: string;
  status: "streaming" | "complete" | "failed";
  provider?: string | null;
  citations?: Citation[];
};

const toUIMessage = (m: Stored): XentreeMessage => ({
  id: m.id,
  role: m.role,
  parts: [{ type: "text", text: m.content }],
  metadata: { status: m.status, provider: m.provider, citations: m.citations },
});

/** A deleted conversation is not coming back: say so at once instead of asking again. */
const retryUnlessGone = (failures: number, error: { data?: { code?: string } | null }) =>
  error.data?.code !== "NOT_FOUND" && failures < 1;

/**
 * One conversation's chat state: the messages shown, the answer streaming in, stop, retry and
 * errors. The stored messages (tRPC) seed it and replace it whenever
 * the chat is idle and the server has newer data, so a finished answer is never shown twice.
 */
export function useConversationChat(options: {
  initialId: string | null;
  choice: ModelChoice;
  useKnowledge: boolean;
  /** Called with the text of a question that could not be sent or answered. */
  onFailed: (text: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [conversationId, setConversationId] = useState(options.initialId);
  const idRef = useRef(options.initialId);
  const [createdHere, setCreatedHere] = useState(false);
  // Whether the messages on screen are the conversation's: stored ones loaded, or a new
  // conversation this page started (nothing stored to wait for).
  const [seeded, setSeeded] = useState(false);
  const choiceRef = useRef({ ...options.choice, useKnowledge: options.useKnowledge });
  const onFailedRef = useRef(options.onFailed);
  useEffect(() => {
    choiceRef.current = { ...options.choice, useKnowledge: options.useKnowledge };
    onFailedRef.current = options.onFailed;
  });
  const lastQuestion = useRef<string | null>(null);
  const answer = useRef<{ conversationId: string; messageId: string | null } | null>(null);
  // Stored data fetched before this moment predates the page's own latest turn: never shown.
  const newerThan = useRef(0);
  const create = useMutation(trpc.conversations.create.mutationOptions());
  const createRef = useRef(create.mutateAsync);
  const stopMutation = useMutation(trpc.conversations.stop.mutationOptions());

  const conversationIdForSend = async () => {
    if (idRef.current) return idRef.current;
    const { id } = await createRef.current({});
    idRef.current = id;
    setCreatedHere(true);
    setSeeded(true);
    setConversationId(id);
    // The address follows the conversation without remounting the page mid-answer.
    window.history.replaceState(null, "", `/chat/${id}`);
    return id;
  };
  const refresh = () => {
    newerThan.current = Date.now();
    void queryClient.invalidateQueries(trpc.conversations.pathFilter());
  };
  const chat = useAnswerStream({
    open: async (question, signal) => {
      const id = await conversationIdForSend();
      const { provider, model, useKnowledge } = choiceRef.current;
      return streamAnswer({ question, conversationId: id, provider, model, useKnowledge, signal });
    },
    onAnswerStarted: (messageId) => {
      if (idRef.current) answer.current = { conversationId: idRef.current, messageId };
    },
    onFinish: () => {
      answer.current = null;
      refresh();
    },
    onError: () => {
      answer.current = null;
      if (lastQuestion.current) onFailedRef.current(lastQuestion.current);
      // Show what the server kept: the question stays stored when the model failed after it.
      chat.setMessages((list) =>
        list.slice(
          0,
          list.findLastIndex((m) => m.role === "user"),
        ),
      );
      refresh();
    },
  });
  const busy = chat.status === "submitted" || chat.status === "streaming";

  const stored = useInfiniteQuery({
    ...messagesQuery(trpc, conversationId ?? ""),
    enabled: conversationId !== null,
    retry: retryUnlessGone,
    // An answer written by an earlier visit (before a reload) grows until it is complete.
    refetchInterval: (query) =>
      !busy && query.state.data?.pages.some((p) => p.items.some((m) => m.status === "streaming"))
        ? 700
        : false,
  });
  useEffect(() => {
    if (stored.hasNextPage && !stored.isFetchingNextPage) void stored.fetchNextPage();
  }, [stored]);
  const { setMessages } = chat;
  useEffect(() => {
    if (!stored.data || stored.hasNextPage || busy) return;
    if (stored.dataUpdatedAt < newerThan.current) return;
    setMessages(stored.data.pages.flatMap((p) => p.items).map(toUIMessage));
    setSeeded(true);
  }, [stored.data, stored.dataUpdatedAt, stored.hasNextPage, busy, setMessages]);

  const conversation = useQuery({
    ...trpc.conversations.get.queryOptions({ conversation_id: conversationId ?? "" }),
    enabled: conversationId !== null,
    retry: retryUnlessGone,
  });
  const gone =
    conversation.error?.data?.code === "NOT_FOUND" || stored.error?.data?.code === "NOT_FOUND";
  // The conversation this page started was deleted (from the sidebar): start afresh, nothing stale.
  // Back to a blank chat when the conversation this page started is deleted, or when "New
  // conversation" is chosen while on it (the page is the same, so it is not remounted).
  const pathname = usePathname();
  const [seenPath, setSeenPath] = useState(pathname);
  if (pathname !== seenPath) setSeenPath(pathname);
  if ((gone && createdHere) || (pathname !== seenPath && pathname === "/chat" && conversationId)) {
    setCreatedHere(false);
    setConversationId(null);
    setSeeded(false);
  }
  useEffect(() => {
    idRef.current = conversationId;
    if (conversationId !== null) return;
    setMessages([]);
    if (window.location.pathname !== "/chat") window.history.replaceState(null, "", "/chat");
  }, [conversationId, setMessages]);

  async function stop() {
    const current = answer.current;
    // The server stops at its next save and ends the stream with what it wrote.
    if (current?.messageId)
      await stopMutation.mutateAsync({
        conversation_id: current.conversationId,
        message_id: current.messageId,
      });
    else chat.stop();
  }

  return {
    conversationId,
    title: conversation.data?.title ?? null,
    messages: chat.messages,
    loading: conversationId !== null && !seeded && !gone && !busy,
    gone: gone && !createdHere,
    busy,
    error: chat.error?.message ?? null,
    clearError: chat.clearError,
    send: (text: string) => {
      lastQuestion.current = text;
      newerThan.current = Date.now();
      void chat.sendMessage({ text });
    },
    stop: () => void stop().catch((e: unknown) => toast.failure("Could not stop the answer", e)),
    stopping: stopMutation.isPending,
  };
}

let localIds = 0;
const localId = () => `local-${Date.now().toString(36)}-${(localIds += 1)}`;

/**
 * The messages on screen and the answer streaming into them (what the AI SDK's `useChat` did,
 * without its client code): `send` adds the question, then the answer grows as its events arrive.
 * Stopping keeps what arrived; a failure sets `error` (until `clearError` or the next question).
 */
function useAnswerStream(handlers: {
  open: (question: string, signal: AbortSignal) => Promise<AsyncGenerator<AnswerEvent>>;
  onAnswerStarted: (messageId: string | null) => void;
  onFinish: () => void;
  onError: (error: Error) => void;
}) {
  const [messages, setMessagesState] = useState<XentreeMessage[]>([]);
  const [status, setStatus] = useState<"ready" | "submitted" | "streaming" | "error">("ready");
  const [error, setError] = useState<Error | undefined>(undefined);
  const abort = useRef<AbortController | null>(null);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });
  const setMessages = useCallback(
    (update: XentreeMessage[] | ((list: XentreeMessage[]) => XentreeMessage[])) =>
      setMessagesState((list) => (typeof update === "function" ? update(list) : update)),
    [],
  );

  async function sendMessage({ text }: { text: string }) {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setError(undefined);
    setStatus("submitted");
    setMessages((list) => [
      ...list,
      { id: localId(), role: "user", parts: [{ type: "text", text }] },
    ]);
    let answerId: string | null = null;
    const update = (change: (m: XentreeMessage) => XentreeMessage) =>
      setMessages((list) => list.map((m) => (m.id === answerId ? change(m) : m)));
    try {
      const events = await handlersRef.current.open(text, controller.signal);
      for await (const event of events) {
        if (event.type === "start") {
          handlersRef.current.onAnswerStarted(event.messageId);
          const id = event.messageId ?? localId();
          answerId = id;
          setMessages((list) => [
            ...list,
            {
              id,
              role: "assistant",
              parts: [{ type: "text", text: "" }],
              metadata: { status: "streaming" },
            },
          ]);
          setStatus("streaming");
        } else if (event.type === "delta") {
          update((m) => ({ ...m, parts: [{ type: "text", text: textOf(m) + event.text }] }));
        } else {
          update((m) => ({
            ...m,
            metadata: { status: "complete", provider: event.provider, citations: event.citations },
          }));
        }
      }
    } catch (e) {
      if (!controller.signal.aborted) {
        const failure = e instanceof Error ? e : new Error(String(e));
        if (abort.current === controller) abort.current = null;
        setError(failure);
        setStatus("error");
        handlersRef.current.onError(failure);
        return;
      }
    }
    if (abort.current === controller) abort.current = null;
    else if (controller.signal.aborted) return; // a newer question took over
    setStatus("ready");
    handlersRef.current.onFinish();
  }

  return {
    messages,
    status,
    error,
    setMessages,
    sendMessage,
    stop: () => abort.current?.abort(),
    clearError: () => {
      setError(undefined);
      setStatus((current) => (current === "error" ? "ready" : current));
    },
  };
}
