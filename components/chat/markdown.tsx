"use client";

import { lazy, Suspense } from "react";

// The renderer (react-markdown, remark-gfm) is a chunk of its own, fetched when the first message
// or module text is shown: pages without any (a new chat, the other pages sharing this code) do
// not download it. Until it arrives the text shows as written.
const MarkdownRenderer = lazy(() => import("./markdown-renderer"));

/**
 * Model and user text as Markdown: GitHub tables, lists and code. Raw HTML is never rendered (no
 * rehype-raw), and react-markdown drops javascript: and other unsafe link targets.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<div className="prose-chat whitespace-pre-wrap">{text}</div>}>
      <MarkdownRenderer text={text} />
    </Suspense>
  );
}
