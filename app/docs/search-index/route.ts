import { readGuides } from "../_lib/content";
import { anchorOf, guideHref } from "../_lib/examples";
import { facts, fillFacts } from "../_lib/facts";

type Entry = { href: string; guide: string; heading: string; text: string };

/** Markdown as plain words: code fences reduced to their request lines, markup dropped. */
function plain(markdown: string): string {
  return markdown
    .replace(/```http[^\n]*\n([^\n]*)[\s\S]*?```/g, " $1 ")
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/[`*_>#|]/g, " ")
    .replace(/\{\{unique ([^}]+)\}\}/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

let cached: Entry[] | undefined;

/** The guides by section, for the docs' client-side search (components in docs-search.tsx). */
function buildIndex(): Entry[] {
  const values = facts("");
  return readGuides().flatMap((guide) => {
    const href = guideHref(guide.slug);
    const parts = fillFacts(guide.markdown, values).split(/^## /m);
    return parts.map((part, i) => {
      const [first = "", ...rest] = part.split("\n");
      const heading = i === 0 ? guide.title : first.trim();
      return {
        href: i === 0 ? href : `${href}#${anchorOf(heading)}`,
        guide: guide.title,
        heading,
        text: plain(i === 0 ? `${guide.description} ${part}` : rest.join("\n")),
      };
    });
  });
}

export function GET() {
  cached ??= buildIndex();
  return Response.json(cached, { headers: { "cache-control": "public, max-age=300" } });
}
