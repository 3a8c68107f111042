"use client";

import { ArrowUp, Square } from "lucide-react";
import type { KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";

/** Enter sends, Shift+Enter starts a new line; while an answer streams, the button stops it. */
export function Composer({
  onSend,
  onStop,
  streaming,
  text,
  setText,
}: {
  onSend: (text: string) => void;
  onStop: () => void;
  streaming: boolean;
  /** The draft, kept by the page so a failed send can put it back: nothing typed is lost. */
  text: string;
  setText: (text: string) => void;
}) {
  function submit() {
    const message = text.trim();
    if (!message || streaming) return;
    onSend(message);
    setText("");
  }
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <>
      <form
        className="flex items-end gap-2 rounded-2xl border border-border bg-bg p-2 focus-within:outline-2 focus-within:outline-accent"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor="chat-input" className="sr-only">
          Message
        </label>
        <textarea
          id="chat-input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          rows={Math.min(8, Math.max(1, text.split("\n").length))}
          placeholder="Ask anything…"
          aria-describedby="chat-input-hint"
          className="max-h-60 min-h-10 flex-1 resize-none bg-transparent px-2 py-2 text-sm outline-none placeholder:text-muted"
          data-testid="chat-input"
        />
        {streaming ? (
          <Button
            type="button"
            variant="secondary"
            onClick={onStop}
            aria-label="Stop the answer"
            data-testid="chat-stop"
          >
            <Square className="size-4" aria-hidden />
          </Button>
        ) : (
          <Button type="submit" aria-label="Send" disabled={!text.trim()} data-testid="chat-send">
            <ArrowUp className="size-4" aria-hidden />
          </Button>
        )}
      </form>
      <p id="chat-input-hint" className="mt-1 px-2 text-xs text-muted">
        Enter sends · Shift+Enter starts a new line
      </p>
    </>
  );
}
