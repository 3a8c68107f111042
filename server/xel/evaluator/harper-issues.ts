import type { Lint } from "harper.js";
import type { Checkers } from "./checkers.ts";
import type { Issue, IssueCategory } from "./issues.ts";
import { isSignature } from "./text.ts";

const KIND: Record<string, IssueCategory> = {
  Spelling: "spelling",
  Typo: "spelling",
  Capitalization: "capitalization",
  Punctuation: "punctuation",
  Formatting: "punctuation",
  Agreement: "agreement",
  WordChoice: "word_choice",
  Usage: "word_choice",
  Eggcorn: "word_choice",
  Malapropism: "word_choice",
  Grammar: "grammar",
  Miscellaneous: "grammar",
  Redundancy: "style",
  Repetition: "grammar",
  Readability: "style",
  Style: "style",
  Enhancement: "style",
};

function category(lint: Lint, problem: string): IssueCategory {
  const kind = lint.lint_kind();
  if (kind === "Miscellaneous" && /^an?$/i.test(problem)) return "article";
  return KIND[kind] ?? "grammar";
}

/**
 * Harper's rules that raised false alarms on correct learner English in our test set, and its
 * typographic advice (three dots for an ellipsis are correct English, not a learner's error).
 */
const NOISY = [/missing a preposition/i, /Unicode ellipsis/i];
/** Spelling lints on words this common in the word list are dialect variants (favourite, practise). */
const COMMON_RANK = 20000;

/** A capitalised word after the start of its sentence is a name (São Paulo), not a typo. */
function isNameInSentence(text: string, start: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2))) return false;
  // The first word of the text, of a line, or after . ! ? : may be any word.
  return !/(?:^|[.!?:\n])\s*$/.test(text.slice(0, start));
}

export async function harperIssues(checkers: Checkers, text: string): Promise<Issue[]> {
  const lints = await checkers.harper.lint(text, { language: "plaintext" });
  const kept = lints.filter((lint) => {
    if (NOISY.some((re) => re.test(lint.message()))) return false;
    if (lint.lint_kind() !== "Spelling") return true;
    const at = lint.span().start;
    if (isNameInSentence(text, at) || isSignature(text, at)) return false;
    const rank = checkers.rank.get(lint.get_problem_text().toLowerCase());
    return rank === undefined || rank > COMMON_RANK;
  });
  return kept.map((lint) => {
    const span = lint.span();
    const problem = lint.get_problem_text();
    const replacement = lint.suggestions()[0];
    const suggestion =
      replacement === undefined
        ? null
        : replacement.kind() === 1
          ? "" // Harper's "remove" suggestion
          : replacement.get_replacement_text();
    return {
      // harper.js reports UTF-16 offsets, like JavaScript strings (checked with emoji in a test).
      start: span.start,
      end: span.end,
      category: category(lint, problem),
      message: lint.message(),
      suggestion,
    };
  });
}
