"use client";

import { Library, NotebookPen, WifiOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ModelPicker, useAnswersOffline, type ModelChoice } from "./model-picker";
import { PhoneConversations } from "./phone-conversations";

/**
 * One row at every width: the title truncates and gives way, the controls keep their place, so
 * nothing jumps when the title arrives. On phones the labels become icons.
 */
export function ChatHeader({
  title,
  choice,
  onChoice,
  notesOpen,
  onToggleNotes,
  useKnowledge,
  onToggleKnowledge,
}: {
  /** null while the title is loading: a placeholder of the same height holds its place. */
  title: string | null;
  choice: ModelChoice;
  onChoice: (choice: ModelChoice) => void;
  notesOpen: boolean;
  onToggleNotes: () => void;
  /** Answers from the user's knowledge base, with citations, when on. */
  useKnowledge: boolean;
  onToggleKnowledge: () => void;
}) {
  const offline = useAnswersOffline(choice);
  return (
    <>
      <header className="flex h-12 shrink-0 items-center gap-2 border-b border-border px-2 sm:px-4">
        <PhoneConversations />
        <h1 className="min-w-0 flex-1 truncate text-base font-semibold" data-testid="chat-title">
          {title ?? <span className="inline-block h-4 w-40 animate-pulse rounded bg-border/70" />}
        </h1>
        <div className="flex shrink-0 items-center gap-1 sm:gap-2">
          <Button
            variant="ghost"
            size="sm"
            onClick={onToggleKnowledge}
            aria-pressed={useKnowledge}
            aria-label="Answer from my knowledge base"
            title="Answer from my knowledge base, with citations"
            data-testid="use-knowledge"
          >
            <Library className="size-4" aria-hidden />
            <span className="hidden sm:inline">Knowledge</span>
          </Button>
          <ModelPicker value={choice} onChange={onChoice} />
          <Button
            variant="ghost"
            size="sm"
            onClick={onToggleNotes}
            aria-pressed={notesOpen}
            aria-label="Notes"
            data-testid="toggle-notes"
          >
            <NotebookPen className="size-4" aria-hidden />
            <span className="hidden sm:inline">Notes</span>
          </Button>
        </div>
      </header>
      {offline && (
        <div
          className="flex items-center gap-2 border-b border-border bg-surface px-4 py-1.5 text-xs text-muted"
          data-testid="offline-banner"
        >
          <WifiOff className="size-3.5 shrink-0" aria-hidden />
          <span className="sm:hidden">No language model connected: the offline tutor answers.</span>
          <span className="hidden sm:inline">
            No language model is connected: the offline tutor answers, and says plainly what it
            cannot do.
          </span>
        </div>
      )}
    </>
  );
}
