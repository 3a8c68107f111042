import { Parser } from "htmlparser2";
import type { Block } from "./types";

const SKIP = new Set(["script", "style", "noscript", "template", "head", "svg", "nav"]);
const BLOCK = new Set([
  "p",
  "div",
  "li",
  "td",
  "th",
  "tr",
  "br",
  "pre",
  "blockquote",
  "section",
  "article",
  "table",
  "ul",
  "ol",
  "dd",
  "dt",
  "figcaption",
  "hr",
]);

/** Text of an HTML page in paragraphs, each with its heading path (h1–h6); scripts and styles dropped. */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const path: string[] = [];
  let text = "";
  let skipping = 0;
  let headingLevel = 0;
  let headingText = "";
  const flush = () => {
    const t = text.replace(/\s+/g, " ").trim();
    if (t) blocks.push({ text: t, heading: path.filter(Boolean).join(" › ") || null, page: null });
    text = "";
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        else if (/^h[1-6]$/.test(name)) {
          flush();
          headingLevel = Number(name[1]);
          headingText = "";
        } else if (BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (skipping) return;
        if (headingLevel) headingText += data;
        else text += data;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (/^h[1-6]$/.test(name) && headingLevel) {
          path.length = headingLevel - 1;
          path[headingLevel - 1] = headingText.replace(/\s+/g, " ").trim();
          headingLevel = 0;
        } else if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}
