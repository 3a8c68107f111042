"use client";

import { useQueryClient } from "@tanstack/react-query";
import { MessagesSquare, SearchX } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AppRouter } from "@/server/trpc/root";
import type { inferRouterOutputs } from "@trpc/server";
import { ChatHeader } from "./chat-header";
import { textOf, type XentreeMessage } from "./chat-transport";
import { Composer } from "./composer";
import { MessageBubble, type ChatMessage } from "./message";
import type { ModelChoice } from "./model-picker";
import { ChatNotes } from "./chat-notes";
import { useConversationChat } from "./use-conversation-chat";
import { useHashTarget, useScrollToTarget } from "./use-hash-target";
import { useLearningSession } from "./use-learning-session";

export type Providers = inferRouterOutputs<AppRouter>["conversations"]["providers"];

export function ChatView({
  conversationId: initialId,
  providers,
}: {
  conversationId: string | null;
  /** Read on the server, so the model picker and the offline banner are right at first paint. */
  providers: Providers;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useState(() => queryClient.setQueryData(trpc.conversations.providers.queryKey(), providers));
  const [choice, setChoice] = useState<ModelChoice>({ provider: "auto", model: null });
  // A search result for a note opens the notes beside its conversation.
  const noteTarget = useHashTarget("note");
  const [notesToggled, setNotesOpen] = useState<boolean | null>(null);
  const notesOpen = notesToggled ?? noteTarget !== null;
  const [draft, setDraft] = useState("");
  // Answers from the knowledge base (with citations) when on.
  const [useKnowledge, setUseKnowledge] = useState(false);
  const chat = useConversationChat({ initialId, choice, useKnowledge, onFailed: setDraft });
  // Learning time while the learner is in this conversation (docs/learning-time.md).
  useLearningSession(chat.conversationId, chat.gone);

  const shown: ChatMessage[] = chat.messages.map((m, i) =>
    toChatMessage(m, chat.busy && i === chat.messages.length - 1),
  );
  if (chat.busy && shown.at(-1)?.role === "user")
    shown.push({ id: "thinking", role: "assistant", content: "", status: "streaming" });
  const lastQuestion = shown.findLast((m) => m.role === "user")?.content;

  const bottom = useRef<HTMLDivElement>(null);
  const landing = useHashTarget("message");
  useScrollToTarget(landing && `message-${landing}`, !chat.loading);
  const length = shown.at(-1)?.content.length ?? 0;
  useEffect(() => {
    // A search result's message keeps its place; otherwise the newest text stays in view. (A block
    // body on purpose: scrollIntoView may return a promise and an effect must return nothing.)
    if (!window.location.hash.startsWith("#message-"))
      void bottom.current?.scrollIntoView({ block: "end" });
  }, [shown.length, length]);

  const title = chat.gone
    ? "Conversation not found"
    : chat.conversationId === null
      ? "New conversation"
      : chat.loading
        ? null
        : (chat.title ?? "Untitled conversation");

  return (
    <div className="flex min-h-0 min-w-0 flex-1" data-notes-open={notesOpen || undefined}>
      <section className="flex min-w-0 flex-1 flex-col" aria-label="Chat">
        <ChatHeader
          title={title}
          choice={choice}
          onChoice={setChoice}
          notesOpen={notesOpen}
          onToggleNotes={() => setNotesOpen(!notesOpen)}
          useKnowledge={useKnowledge}
          onToggleKnowledge={() => setUseKnowledge(!useKnowledge)}
        />
        <div className="flex-1 overflow-y-auto px-4 py-6" data-testid="message-list">
          {chat.gone ? (
            <div
              className="mx-auto mt-16 flex max-w-md flex-col items-center gap-3 text-center"
              data-testid="conversation-gone"
            >
              <SearchX className="size-8 text-muted" aria-hidden />
              <p className="font-medium">This conversation no longer exists</p>
              <p className="text-sm text-muted">
                It was deleted, or the address is not one of your conversations. Its notes, if it
                had any, are kept on the Notes page.
              </p>
              <Button asChild>
                <Link href="/chat">Start a new conversation</Link>
              </Button>
            </div>
          ) : chat.loading ? (
            <div className="mx-auto flex max-w-3xl flex-col gap-4" aria-busy="true">
              {[60, 85, 45].map((w, i) => (
                <div
                  key={w}
                  className={`h-12 animate-pulse rounded-2xl bg-border/60 ${i % 2 ? "" : "self-end"}`}
                  style={{ width: `${w}%` }}
                />
              ))}
            </div>
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
                  highlighted={landing === m.id}
                  onRetry={
                    i === shown.length - 1 && m.role === "assistant" && lastQuestion && !chat.busy
                      ? () => chat.send(lastQuestion)
                      : undefined
                  }
                />
              ))}
            </div>
          )}
          <div ref={bottom} />
        </div>
        {!chat.gone && (
          <div className="mx-auto w-full max-w-3xl px-4 pb-4">
            {chat.error && (
              <Alert className="mb-2" data-testid="chat-error">
                {chat.error}. Your message is back in the box below; send it again when ready.
              </Alert>
            )}
            <Composer
              onSend={(text) => {
                // A new question ends the visit to a search result: follow the conversation again.
                if (window.location.hash)
                  window.history.replaceState(null, "", window.location.pathname);
                chat.clearError();
                chat.send(text);
              }}
              onStop={chat.stop}
              streaming={chat.busy}
              text={draft}
              setText={setDraft}
            />
          </div>
        )}
      </section>
      <ChatNotes
        open={notesOpen}
        onOpenChange={setNotesOpen}
        conversationId={chat.gone ? null : chat.conversationId}
      />
    </div>
  );
}

function toChatMessage(m: XentreeMessage, live: boolean): ChatMessage {
  return {
    id: m.id,
    role: m.role === "user" ? "user" : "assistant",
    content: textOf(m),
    status: live ? "streaming" : (m.metadata?.status ?? "complete"),
    provider: m.metadata?.provider ?? null,
    citations: m.metadata?.citations,
  };
}
