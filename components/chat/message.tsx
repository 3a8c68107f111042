"use client";

import { Check, Copy, RotateCcw } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Markdown } from "./markdown";

export type ChatMessage = {
  id: string;
  role: "user" | "assistant";
  content: string;
  status: "streaming" | "complete" | "failed";
  provider?: string | null;
  citations?: Array<{
    document_id: string;
    title: string;
    snippet: string;
    location?: string | null;
  }>;
};

export function MessageBubble({
  message,
  onRetry,
  highlighted = false,
}: {
  message: ChatMessage;
  onRetry?: () => void;
  /** The message a search result pointed to. */
  highlighted?: boolean;
}) {
  const [copied, setCopied] = useState(false);
  const mine = message.role === "user";
  const writing = message.status === "streaming";
  return (
    <div
      id={`message-${message.id}`}
      className={cn("flex scroll-m-8", mine ? "justify-end" : "justify-start")}
      data-testid={`message-${message.role}`}
      data-highlighted={highlighted || undefined}
    >
      <div
        className={cn(
          "max-w-[min(42rem,92%)] rounded-2xl px-4 py-3 text-sm",
          mine ? "bg-accent-soft" : "border border-border bg-bg",
          highlighted && "ring-2 ring-accent ring-offset-2 ring-offset-bg",
        )}
      >
        {message.content ? (
          <Markdown text={message.content} />
        ) : (
          <span className="text-muted" aria-live="polite">
            Thinking…
          </span>
        )}
        {writing && message.content && (
          <span
            className="ml-1 inline-block h-4 w-1.5 animate-pulse bg-accent align-middle"
            aria-label="Still writing"
          />
        )}
        {message.status === "failed" && (
          <p className="mt-2 text-xs text-muted" data-testid="answer-interrupted">
            This answer was interrupted before it finished. Retry to ask again.
          </p>
        )}
        {message.citations && message.citations.length > 0 && (
          <ol className="mt-3 flex flex-col gap-1 border-t border-border pt-2 text-xs text-muted">
            {message.citations.map((c, i) => (
              <li key={c.document_id + i} data-testid="citation">
                {/* Numbered like the answer's [n]; opening it shows the cited passage. */}
                <details>
                  <summary className="cursor-pointer">
                    [{i + 1}] {c.title}
                    {c.location ? ` · ${c.location}` : ""}
                  </summary>
                  <p className="mt-1 whitespace-pre-wrap text-fg" data-testid="citation-passage">
                    {c.snippet}
                  </p>
                </details>
              </li>
            ))}
          </ol>
        )}
        {!mine && !writing && message.content && (
          <div className="mt-2 flex gap-1">
            <Button
              variant="ghost"
              size="sm"
              className="h-7 px-2 text-xs"
              data-testid="copy-answer"
              onClick={async () => {
                await navigator.clipboard.writeText(message.content).catch(() => {});
                setCopied(true);
                setTimeout(() => setCopied(false), 1500);
              }}
            >
              {copied ? (
                <Check className="size-3.5" aria-hidden />
              ) : (
                <Copy className="size-3.5" aria-hidden />
              )}
              {copied ? "Copied" : "Copy"}
            </Button>
            {onRetry && (
              <Button
                variant="ghost"
                size="sm"
                className="h-7 px-2 text-xs"
                onClick={onRetry}
                data-testid="retry-answer"
              >
                <RotateCcw className="size-3.5" aria-hidden /> Retry
              </Button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
