/** The separator between fragments that ts_headline is asked to use (see search.ts). */
export const FRAGMENT_DELIMITER = " … ";
const MAX_LENGTH = 240;

/**
 * Markdown reduced to the words a reader sees. Works on whole texts and on fragments cut out of
 * them (a link's `](url)` without its `[`), and keeps the «marks» of matched words.
 */
export function plainText(markdown: string): string {
  return (
    markdown
      // Fenced code: the fences go, the code stays.
      .replace(/^\s*(```|~~~)[^\n]*$/gm, " ")
      // Images and links keep their visible text; a fragment may hold only part of one.
      .replace(/!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "$1")
      .replace(/\]\([^)\s]*\)?/g, " ")
      .replace(/!?\[(?=[^\]\n]*$)/gm, "")
      // Line starts: headings, quotes, list markers, table separator rows.
      .replace(/^\s*#{1,6}\s+/gm, "")
      .replace(/^\s*>\s?/gm, "")
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, "")
      .replace(/^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/gm, " ")
      .replace(/^\s*([-*_])(?:\s*\1){2,}\s*$/gm, " ")
      .replace(/\|/g, " ")
      // Emphasis and inline code markers, wherever they touch a word or a «mark».
      .replace(/(\*\*|__|~~)(?=[\p{L}\p{N}«])|(?<=[\p{L}\p{N}»])(\*\*|__|~~)/gu, "")
      .replace(
        /(?<![\p{L}\p{N}*])\*(?=[\p{L}\p{N}«])|(?<=[\p{L}\p{N}».!?])\*(?![\p{L}\p{N}*])/gu,
        "",
      )
      .replace(/(?<![\p{L}\p{N}_])_(?=[\p{L}\p{N}«])|(?<=[\p{L}\p{N}»])_(?![\p{L}\p{N}_])/gu, "")
      .replace(/`+/g, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}

const unmarked = (text: string) => text.replace(/[«»]/g, "");

/**
 * A search snippet a person can read: ts_headline's fragments (matched words «marked») with the
 * Markdown taken out, an ellipsis where a fragment does not start or end the text, and at most
 * about 240 characters, cut between words.
 */
export function readableSnippet(headline: string, source: string): string {
  const whole = plainText(source);
  const fragments = headline
    .split(FRAGMENT_DELIMITER)
    .map(plainText)
    .filter((f) => f.length > 0);
  if (fragments.length === 0) return cut(whole);
  const parts = fragments.map((fragment) => {
    const plain = unmarked(fragment);
    const at = whole.indexOf(plain);
    const before = at > 0 ? "… " : "";
    const after = at === -1 || at + plain.length < whole.length ? " …" : "";
    return `${at === -1 ? "… " : before}${fragment}${after}`;
  });
  return cut(parts.join(" ").replace(/… …/g, "…"));
}

/** Cut at the last space before the limit, never inside a word or a «mark». */
function cut(text: string): string {
  if (text.length <= MAX_LENGTH) return text;
  let end = text.lastIndexOf(" ", MAX_LENGTH);
  if (end <= 0) end = MAX_LENGTH;
  let head = text.slice(0, end);
  if ((head.match(/«/g)?.length ?? 0) > (head.match(/»/g)?.length ?? 0)) head += "»";
  return `${head.replace(/[\s…]+$/, "")} …`;
}
