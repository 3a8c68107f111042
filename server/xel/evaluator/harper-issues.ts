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
  // "more faster": a learner's error, though Harper files it under style.
  if (/`more` and the comparative/i.test(lint.message())) return "word_form";
  if (kind === "Miscellaneous" && /^an?$/i.test(problem)) return "article";
  return KIND[kind] ?? "grammar";
}

/**
 * Harper's rules that raised false alarms on correct learner English in our test sets ("far
 * away", "back seat" and "head teacher" are right, not "faraway"…), and its typographic advice (three dots for an ellipsis are correct English, not a learner's error).
 */
const NOISY = [
  /missing a preposition/i,
  /Unicode ellipsis/i,
  /closed compound noun/i,
  // "Flat 4B" is no "4 bytes"; "stayed with you two years ago" needs no "your".
  /Did you mean `bytes`/,
  /possessive version of this word is more common/i,
];
/** Time and frequency adverbs whose comma at the start of a sentence is optional ("Nowadays I …"). */
const OPTIONAL_COMMA =
  /^(?:nowadays|today|now|then|suddenly|recently|later|yesterday|tomorrow|currently|sometimes|usually|often|also|still|soon|afterwards|finally|first|next)$/i;
/** Spelling lints on words this common in the word list are dialect variants (favourite, practise). */
const COMMON_RANK = 20000;

/** A capitalised word after the start of its sentence is a name (São Paulo), not a typo. */
function isNameInSentence(text: string, start: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2))) return false;
  // The first word of the text, of a line, or after . ! ? : may be any word.
  return !/(?:^|[.!?:\n])\s*$/.test(text.slice(0, start));
}

/** The American spellings a British one may stand for: -ise/-ize, -our/-or, -tre/-ter, -lled/-led … */
function americanOf(word: string): string[] {
  const rules: Array<[RegExp, string]> = [
    [/is(e|ed|es|ing|ation|ations)$/, "iz$1"],
    [/ys(e|ed|es|ing)$/, "yz$1"],
    [/our(s|ed|ing|ful|ite|ites|able)?$/, "or$1"],
    [/([^aeiou])re(s|d)?$/, "$1er$2"],
    [/ogue(s)?$/, "og$1"],
    // Only the real British -ence words: "expences" is a misspelling, not British.
    [/^(licen|defen|offen|preten)ce(s)?$/, "$1se$2"],
    [/ll(ed|ing|er|ers)$/, "l$1"],
  ];
  return rules.filter(([re]) => re.test(word)).map(([re, to]) => word.replace(re, to));
}

/** "Luca has a new car" opens a sentence, but "with Luca and his sister" showed it is a name. */
function namedElsewhere(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu")))
    if (isNameInSentence(text, m.index)) return true;
  return false;
}

export async function harperIssues(checkers: Checkers, text: string): Promise<Issue[]> {
  const lints = await checkers.harper.lint(text, { language: "plaintext" });
  const kept = lints.filter((lint) => {
    if (NOISY.some((re) => re.test(lint.message()))) return false;
    if (/^discourse markers/i.test(lint.message()) && OPTIONAL_COMMA.test(lint.get_problem_text()))
      return false;
    if (lint.lint_kind() !== "Spelling") return true;
    const at = lint.span().start;
    if (isNameInSentence(text, at) || isSignature(text, at)) return false;
    if (namedElsewhere(text, lint.get_problem_text())) return false;
    const word = lint.get_problem_text().toLowerCase();
    // British spellings ("kilometres", "organise") of words the word list knows in American.
    if (americanOf(word).some((w) => checkers.rank.has(w))) return false;
    const rank = checkers.rank.get(word);
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
