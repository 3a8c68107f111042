/** The categories an issue can have; `style` is advice, every other category is an error. */
export const ISSUE_CATEGORIES = [
  "spelling",
  "capitalization",
  "punctuation",
  "agreement",
  "tense",
  "article",
  "modal",
  "preposition",
  "word_form",
  "word_order",
  "word_choice",
  "grammar",
  "style",
] as const;

export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];

export type Issue = {
  start: number;
  end: number;
  category: IssueCategory;
  message: string;
  suggestion: string | null;
};

/**
 * Sorted, inside the text, and without duplicates: when two checkers flag overlapping words the
 * first (Harper's, then the rules' in order) is kept, so a learner never sees one mistake twice.
 */
export function mergeIssues(text: string, lists: Issue[][]): Issue[] {
  const kept: Issue[] = [];
  for (const issue of lists.flat()) {
    if (!(issue.start >= 0 && issue.end <= text.length && issue.start < issue.end)) continue;
    if (kept.some((k) => k.start < issue.end && issue.start < k.end)) continue;
    kept.push(issue);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
