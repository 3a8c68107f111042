import type { Block } from "./types";

/** Paragraphs of plain text: separated by blank lines, with inner line breaks joined. */
export function textBlocks(
  text: string,
  heading: string | null = null,
  page: number | null = null,
) {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .map((p): Block => ({ text: p, heading, page }));
}

/**
 * Markdown: ATX headings (`#`…`######`) open sections, and each block knows its heading path
 * ("Guide › Install"). Code fences are kept as text, and a `#` inside them is not a heading.
 */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const path: string[] = [];
  let buffer: string[] = [];
  let inFence = false;
  const flush = () => {
    const heading = path.filter(Boolean).join(" › ") || null;
    blocks.push(...textBlocks(buffer.join("\n"), heading));
    buffer = [];
  };
  for (const line of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (match) {
      flush();
      const level = match[1]!.length;
      path.length = level - 1;
      path[level - 1] = stripInline(match[2]!);
      continue;
    }
    buffer.push(inFence ? line : stripInline(line));
  }
  flush();
  return blocks;
}

/**
 * A Markdown document's title: its first heading (ATX `# Title`, or a Setext title underlined
 * with `===`/`---`), outside code fences and front matter; null when it has none.
 */
export function markdownTitle(markdown: string): string | null {
  const lines = markdown
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  let start = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0) start = end + 1;
  }
  let inFence = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const setext =
      line.trim() && /^\s{0,3}(=+|-+)\s*$/.test(lines[i + 1] ?? "") && !/^\s{0,3}[-*+>#]/.test(line)
        ? line
        : null;
    const title = stripInline(atx?.[1] ?? setext ?? "").trim();
    if (title) return title.slice(0, 200);
  }
  return null;
}

/** Drops Markdown's inline marks so they neither get indexed nor show up in snippets. */
function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|`)/g, "")
    .replace(/^\s{0,3}(>|[-*+]|\d+[.)])\s+/, "");
}
