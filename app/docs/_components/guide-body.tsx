import Link from "next/link";
import type { ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { anchorOf, curlFor, parseHttpBlock } from "../_lib/examples";
import { endpoints, errorRows, scopeRows } from "../_lib/facts";

// A guide's Markdown, rendered on the server (no Markdown code reaches the browser). Runnable
// examples (```http) become curl commands against this server's origin, with their expected
// answer (```json response) beside them; ```xentree blocks are tables drawn from the code.

const FENCE = /^```(\w+)([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;

type Segment =
  | { kind: "markdown"; text: string }
  | { kind: "http"; info: string; text: string }
  | { kind: "response"; text: string }
  | { kind: "directive"; text: string };

function segments(markdown: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of markdown.matchAll(FENCE)) {
    const [whole, lang, info = "", text = ""] = match;
    const special =
      lang === "http" || lang === "xentree" || (lang === "json" && /\bresponse\b/.test(info));
    if (!special) continue;
    out.push({ kind: "markdown", text: markdown.slice(last, match.index) });
    if (lang === "http") out.push({ kind: "http", info, text });
    else if (lang === "json") out.push({ kind: "response", text });
    else out.push({ kind: "directive", text: text.trim() });
    last = match.index + whole.length;
  }
  out.push({ kind: "markdown", text: markdown.slice(last) });
  return out.filter((s) => s.kind !== "markdown" || s.text.trim() !== "");
}

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) {
    return textOf((node.props as { children?: ReactNode }).children);
  }
  return "";
}

const codeBlock =
  "overflow-x-auto rounded-md border border-border bg-surface p-3 font-mono text-[13px] leading-relaxed";

const components: Components = {
  h2: ({ children }) => (
    <h2
      id={anchorOf(textOf(children))}
      className="mt-10 mb-3 scroll-mt-20 text-xl font-semibold tracking-tight"
    >
      {children}
    </h2>
  ),
  h3: ({ children }) => (
    <h3 id={anchorOf(textOf(children))} className="mt-6 mb-2 scroll-mt-20 text-base font-semibold">
      {children}
    </h3>
  ),
  p: ({ children }) => <p className="my-3 leading-7">{children}</p>,
  ul: ({ children }) => <ul className="my-3 list-disc space-y-1 pl-6 leading-7">{children}</ul>,
  ol: ({ children }) => <ol className="my-3 list-decimal space-y-1 pl-6 leading-7">{children}</ol>,
  a: ({ href, children }) =>
    href?.startsWith("/") ? (
      <Link href={href} className="text-accent underline underline-offset-2">
        {children}
      </Link>
    ) : (
      <a href={href} className="text-accent underline underline-offset-2" rel="noopener noreferrer">
        {children}
      </a>
    ),
  table: ({ children }) => (
    <div className="my-4 overflow-x-auto rounded-md border border-border" tabIndex={0}>
      <table className="w-full text-left text-sm">{children}</table>
    </div>
  ),
  th: ({ children }) => (
    <th className="border-b border-border bg-surface px-3 py-2 font-medium">{children}</th>
  ),
  td: ({ children }) => (
    <td className="border-b border-border px-3 py-2 align-top last:border-b-0">{children}</td>
  ),
  pre: ({ children }) => (
    <pre className={`${codeBlock} my-4`} tabIndex={0}>
      {children}
    </pre>
  ),
  code: ({ children, className }) =>
    className ? (
      <code className={className}>{children}</code>
    ) : (
      <code className="rounded bg-surface px-1 py-0.5 font-mono text-[0.9em] break-words">
        {children}
      </code>
    ),
};

function Markdown({ text }: { text: string }) {
  return (
    <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
      {text}
    </ReactMarkdown>
  );
}

function HttpExample({ info, text, origin }: { info: string; text: string; origin: string }) {
  const example = parseHttpBlock(info, text);
  const saves = example.save.map(([name, from]) => `\`${from}\` → \`$${name}\``);
  return (
    <figure className="my-4" data-testid="docs-example">
      <figcaption className="mb-1 flex flex-wrap items-center gap-2 text-xs text-muted">
        <span className="rounded bg-accent-soft px-1.5 py-0.5 font-mono font-medium text-fg">
          {example.method}
        </span>
        <span className="font-mono break-all">{example.path}</span>
        <span>→ {example.status}</span>
      </figcaption>
      <pre className={codeBlock} tabIndex={0}>
        <code>{curlFor(example, origin)}</code>
      </pre>
      {saves.length > 0 && (
        <div className="mt-1 text-xs text-muted">
          <Markdown text={`Later examples use ${saves.join(", ")}.`} />
        </div>
      )}
    </figure>
  );
}

function Response({ text }: { text: string }) {
  return (
    <details className="my-4 rounded-md border border-border" open>
      <summary className="cursor-pointer px-3 py-2 text-xs font-medium text-muted">Answer</summary>
      <pre
        className="overflow-x-auto border-t border-border bg-surface p-3 font-mono text-[13px] leading-relaxed"
        tabIndex={0}
      >
        <code>{JSON.stringify(JSON.parse(text), null, 2)}</code>
      </pre>
    </details>
  );
}

function Directive({ text }: { text: string }) {
  const [name = "", ...rest] = text.split(/\s+/);
  const arg = rest.join(" ");
  if (name === "endpoints") {
    const rows = endpoints(arg.split(";").map((t) => t.trim()));
    return (
      <Table
        head={["Endpoint", "What it does", "Scope"]}
        rows={rows.map((r) => [
          <span key="e" className="font-mono text-xs whitespace-nowrap">
            <span className="font-semibold">{r.method}</span> {r.path}
          </span>,
          r.summary,
          <span key="s" className="font-mono text-xs">
            {r.auth}
          </span>,
        ])}
      />
    );
  }
  if (name === "scopes") {
    return (
      <Table
        head={["Scope", "Accepted by"]}
        rows={scopeRows().map((r) => [
          <code key="s" className="font-mono text-xs">
            {r.scope}
          </code>,
          r.covers || r.groups.join(", ") || "reserved: no endpoint asks for it yet",
        ])}
      />
    );
  }
  if (name === "errors") {
    return (
      <Table
        head={["Status", "Codes"]}
        rows={errorRows().map((r) => [
          String(r.status),
          <span key="c" className="font-mono text-xs">
            {r.codes.join(", ")}
          </span>,
        ])}
      />
    );
  }
  throw new Error(`Unknown docs directive "${name}"`);
}

function Table({ head, rows }: { head: string[]; rows: ReactNode[][] }) {
  return (
    <div className="my-4 overflow-x-auto rounded-md border border-border" tabIndex={0}>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} className="border-b border-border bg-surface px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i} className="border-b border-border last:border-b-0">
              {cells.map((cell, j) => (
                <td key={j} className="px-3 py-2 align-top">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GuideBody({ markdown, origin }: { markdown: string; origin: string }) {
  return (
    <div className="min-w-0 text-[15px]">
      {segments(markdown).map((segment, i) => {
        switch (segment.kind) {
          case "markdown":
            return <Markdown key={i} text={segment.text} />;
          case "http":
            return <HttpExample key={i} info={segment.info} text={segment.text} origin={origin} />;
          case "response":
            return <Response key={i} text={segment.text} />;
          case "directive":
            return <Directive key={i} text={segment.text} />;
        }
      })}
    </div>
  );
}
