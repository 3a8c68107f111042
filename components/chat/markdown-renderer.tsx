import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

/**
 * Loaded on demand by ./markdown.tsx (react-markdown and remark-gfm are ~45 kB compressed).
 * Model and user text as Markdown: GitHub tables, lists and code. Raw HTML is never rendered (no
 * rehype-raw), and react-markdown drops javascript: and other unsafe link targets.
 */
export default function MarkdownRenderer({ text }: { text: string }) {
  return (
    <div className="prose-chat">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        components={{
          // The app's own pages (the tutor links /english/evaluate) open in place; others in a tab.
          a: ({ href, children }) =>
            href?.startsWith("/") && !href.startsWith("//") ? (
              <a href={href} className="text-accent underline">
                {children}
              </a>
            ) : (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="text-accent underline"
              >
                {children}
              </a>
            ),
        }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
