import type { Issue } from "@/server/xel/evaluator/issues";
import { evaluateWritingOnThread } from "@/server/xel/offline";

/** What the offline tutor says about a text it checked: the headline, and the first issues. */
export type WritingCheck = {
  status: "scored" | "insufficient_text";
  overall: number | null;
  cefr_level: string | null;
  issue_count: number;
  top_issues: Array<{
    quote: string;
    category: string;
    message: string;
    suggestion: string | null;
  }>;
};

/**
 * A request to check writing, up to its end: "check my essay:", "can you correct this text for
 * me?", "is my grammar right?". Lazy and short, so an essay that mentions "text" later does not
 * become part of the request; it must start near the beginning of the message.
 */
const REQUEST =
  /\b(?:(?:check|correct|proofread|improve|grade|mark|evaluate)\b[^\n]{0,40}?\b(?:writing|essay|text|sentences?|paragraph|grammar|english|spelling)|(?:is|are) (?:this|these|my) (?:sentences?|grammar|spelling)(?: (?:correct|right|ok|okay|good))?)\b(?:,? (?:for me|please))*[\s?.!]*[:\-–—]?\s*/i;
const REQUEST_WITHIN = 160;

/** The text after a writing-check request at the start of a message, if there is any. */
export function textToCheck(message: string): string | null {
  const match = REQUEST.exec(message);
  if (!match || match.index > REQUEST_WITHIN) return null;
  const text = message
    .slice(match.index + match[0].length)
    .replace(/^["“']|["”']$/g, "")
    .trim();
  return text.length > 0 ? text : null;
}

const TOP_ISSUES = 3;

/**
 * Runs the offline English evaluator (on its thread, loaded on first use: the chat should not
 * pay for Harper unless someone asks for a check). Stores nothing: the page /english/evaluate is where an
 * evaluation is kept.
 */
export async function checkWriting(text: string): Promise<WritingCheck> {
  const result = await evaluateWritingOnThread(text);
  // Errors before style advice, each group in text order.
  const ranked = [
    ...result.issues.filter((i) => i.category !== "style"),
    ...result.issues.filter((i) => i.category === "style"),
  ];
  return {
    status: result.status,
    overall: result.overall,
    cefr_level: result.cefr_level,
    issue_count: result.issues.length,
    top_issues: ranked.slice(0, TOP_ISSUES).map((i: Issue) => ({
      quote: text.slice(i.start, i.end),
      category: i.category.replace("_", " "),
      message: i.message,
      suggestion: i.suggestion,
    })),
  };
}
