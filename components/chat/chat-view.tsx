"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { MessagesSquare, NotebookPen, WifiOff } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Composer } from "./composer";
import { messagesQuery } from "./messages-query";
import { PhoneConversations } from "./phone-conversations";
import { MessageBubble, type ChatMessage } from "./message";
import { ModelPicker, useAnswersOffline, type ModelChoice } from "./model-picker";
import { NotesPanel } from "./notes-panel";
import { useChat } from "./use-chat";

export function ChatView({ conversationId: initialId }: { conversationId: string | null }) {
  const trpc = useTRPC();
  const [conversationId, setConversationId] = useState(initialId);
  const [choice, setChoice] = useState<ModelChoice>({ provider: "auto", model: null });
  // Answers from the knowledge base (with citations) when on.
  const [useKnowledge, setUseKnowledge] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const [draft, setDraft] = useState("");
  const offline = useAnswersOffline(choice);
  const chat = useChat({
    conversationId,
    onConversationCreated: (id) => {
      setConversationId(id);
      // The address follows the new conversation without remounting the page mid-answer.
      window.history.replaceState(null, "", `/chat/${id}`);
    },
    onFailed: setDraft,
  });
  // Every page of the conversation, oldest first: the next page is fetched as soon as one arrives.
  const messages = useInfiniteQuery({
    ...messagesQuery(trpc, conversationId ?? ""),
    // While this page writes an answer it shows its own copy; the stored one is loaded after.
    enabled: conversationId !== null && !chat.pending,
    // An answer written by an earlier visit (before a reload) grows until it is complete.
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.items.some((m) => m.status === "streaming"))
        ? 700
        : false,
  });
  useEffect(() => {
    if (messages.hasNextPage && !messages.isFetchingNextPage) void messages.fetchNextPage();
  }, [messages]);
  const conversation = useQuery({
    ...trpc.conversations.get.queryOptions({ conversation_id: conversationId ?? "" }),
    enabled: conversationId !== null,
  });

  const shown: ChatMessage[] = messages.data?.pages.flatMap((p) => p.items) ?? [];
  if (chat.pending) {
    shown.push(
      { id: "pending-question", role: "user", content: chat.pending.question, status: "complete" },
      {
        id: "pending-answer",
        role: "assistant",
        content: chat.pending.answer,
        status: "streaming",
      },
    );
  }
  const lastQuestion = [...shown].reverse().find((m) => m.role === "user")?.content;

  const bottom = useRef<HTMLDivElement>(null);
  const length = shown.at(-1)?.content.length ?? 0;
  useEffect(() => {
    // A block body on purpose: newer browsers return a promise from scrollIntoView, and an effect
    // must return nothing or a cleanup function.
    void bottom.current?.scrollIntoView({ block: "end" });
  }, [shown.length, length]);

  const notFound = messages.error?.data?.code === "NOT_FOUND";

  return (
    <div className="flex min-h-0 min-w-0 flex-1">
      <section className="flex min-w-0 flex-1 flex-col" aria-label="Chat">
        <header className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-4 py-2">
          <h1 className="truncate text-base font-semibold" data-testid="chat-title">
            {conversation.data?.title ??
              (conversationId ? "Untitled conversation" : "New conversation")}
          </h1>
          <div className="flex items-center gap-2">
            <PhoneConversations />
            <label className="flex items-center gap-1 text-sm text-muted">
              <input
                type="checkbox"
                checked={useKnowledge}
                onChange={(e) => setUseKnowledge(e.target.checked)}
                data-testid="use-knowledge"
              />
              Knowledge
            </label>
            <ModelPicker value={choice} onChange={setChoice} />
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setNotesOpen((o) => !o)}
              aria-pressed={notesOpen}
              data-testid="toggle-notes"
            >
              <NotebookPen className="size-4" aria-hidden /> Notes
            </Button>
          </div>
        </header>
        {offline && (
          <div
            className="flex items-center gap-2 border-b border-border bg-surface px-4 py-2 text-xs text-muted"
            data-testid="offline-banner"
          >
            <WifiOff className="size-3.5 shrink-0" aria-hidden />
            No language model is connected: the offline tutor answers, and says plainly what it
            cannot do.
          </div>
        )}
        <div className="flex-1 overflow-y-auto px-4 py-6" data-testid="message-list">
          {notFound ? (
            <Alert>This conversation does not exist, or it is not yours.</Alert>
          ) : shown.length === 0 ? (
            <div className="mx-auto mt-16 flex max-w-md flex-col items-center gap-2 text-center text-muted">
              <MessagesSquare className="size-8" aria-hidden />
              <p className="font-medium text-fg">Start a conversation</p>
              <p className="text-sm">
                Ask a question, paste something to explain, or ask for a quiz on a topic.
              </p>
            </div>
          ) : (
            <div className="mx-auto flex max-w-3xl flex-col gap-4" aria-live="polite">
              {shown.map((m, i) => (
                <MessageBubble
                  key={m.id}
                  message={m}
                  onRetry={
                    i === shown.length - 1 &&
                    m.role === "assistant" &&
                    lastQuestion &&
                    !chat.pending
                      ? () => void chat.send(lastQuestion, choice, useKnowledge)
                      : undefined
                  }
                />
              ))}
            </div>
          )}
          <div ref={bottom} />
        </div>
        <div className="mx-auto w-full max-w-3xl px-4 pb-4">
          {chat.error && (
            <Alert className="mb-2" data-testid="chat-error">
              {chat.error}. Your message is back in the box below; send it again when ready.
            </Alert>
          )}
          <Composer
            onSend={(text) => void chat.send(text, choice, useKnowledge)}
            onStop={() => void chat.stop()}
            streaming={chat.pending !== null}
            text={draft}
            setText={setDraft}
          />
        </div>
      </section>
      {notesOpen && (
        <NotesPanel conversationId={conversationId} onClose={() => setNotesOpen(false)} />
      )}
    </div>
  );
}
