import { readFileSync } from "node:fs";
import path from "node:path";
import { GUIDES, type GuideSlug } from "./examples";

export type Guide = {
  slug: GuideSlug;
  title: string;
  description: string;
  /** The Markdown after the front matter, facts not yet filled in. */
  markdown: string;
};

const DIR = path.join(process.cwd(), "content", "docs");

/** A guide's file: `---` front matter (`title:`, `description:`), then Markdown. */
export function readGuide(slug: GuideSlug): Guide {
  const source = readFileSync(path.join(DIR, `${slug}.md`), "utf8");
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!front) throw new Error(`content/docs/${slug}.md has no front matter`);
  const fields = Object.fromEntries(
    front[1]!.split("\n").map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    }),
  );
  const listed = GUIDES.find((g) => g.slug === slug)!;
  return {
    slug,
    title: fields.title ?? listed.title,
    description: fields.description ?? "",
    markdown: source.slice(front[0].length),
  };
}

export const readGuides = () => GUIDES.map((g) => readGuide(g.slug));
