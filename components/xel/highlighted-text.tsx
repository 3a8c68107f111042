"use client";

import { Fragment, useId, useState } from "react";
import { cn } from "@/components/ui/cn";

export type ShownIssue = {
  start: number;
  end: number;
  category: string;
  message: string;
  suggestion: string | null;
};

const TONE: Record<string, string> = {
  spelling: "decoration-danger",
  capitalization: "decoration-danger",
  punctuation: "decoration-danger",
  style: "decoration-muted",
};

/**
 * The learner's own text with each issue underlined. Hover, focus or tap an underline to see the
 * message and suggestion. Everything is rendered as text nodes: nothing here is parsed as HTML.
 */
export function HighlightedText({ text, issues }: { text: string; issues: ShownIssue[] }) {
  const [open, setOpen] = useState<number | null>(null);
  const baseId = useId();
  const parts: Array<{ text: string; issue?: ShownIssue; index?: number }> = [];
  let at = 0;
  issues.forEach((issue, index) => {
    if (issue.start < at || issue.end > text.length) return;
    if (issue.start > at) parts.push({ text: text.slice(at, issue.start) });
    parts.push({ text: text.slice(issue.start, issue.end), issue, index });
    at = issue.end;
  });
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <div className="leading-8 whitespace-pre-wrap" data-testid="evaluated-text">
      {parts.map((part, i) =>
        part.issue ? (
          <span key={i} className="group relative inline">
            <button
              type="button"
              data-testid="issue-mark"
              data-category={part.issue.category}
              aria-expanded={open === part.index}
              aria-describedby={`${baseId}-${part.index}`}
              onClick={() => setOpen(open === part.index ? null : part.index!)}
              className={cn(
                "cursor-help rounded-sm bg-danger-soft/50 underline decoration-wavy decoration-2 underline-offset-4",
                TONE[part.issue.category] ?? "decoration-accent",
              )}
            >
              {part.text}
            </button>
            <span
              role="tooltip"
              id={`${baseId}-${part.index}`}
              data-testid="issue-tip"
              className={cn(
                "absolute top-full left-0 z-20 mt-1 w-64 rounded-md border border-border bg-bg p-3 text-left text-sm leading-snug shadow-md",
                open === part.index ? "block" : "hidden group-focus-within:block group-hover:block",
              )}
            >
              <span className="block text-xs font-medium tracking-wide text-muted uppercase">
                {part.issue.category.replace("_", " ")}
              </span>
              <span className="mt-1 block">{part.issue.message}</span>
              {part.issue.suggestion !== null && (
                <span className="mt-1 block">
                  Suggestion:{" "}
                  <strong>
                    {part.issue.suggestion === "" ? "(remove)" : part.issue.suggestion}
                  </strong>
                </span>
              )}
            </span>
          </span>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </div>
  );
}
