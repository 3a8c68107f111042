import type { Issue, IssueCategory } from "./issues.ts";
import type { Token } from "./tagger.ts";

/** Helpers the part-of-speech rules share. */

export const MODALS = new Set([
  "can",
  "could",
  "should",
  "would",
  "will",
  "may",
  "might",
  "must",
  "shall",
  "ca",
  "wo",
  "'ll",
]);
export const BE = new Set(["am", "is", "are", "was", "were", "'m", "'re", "'s"]);
export const SUBJECT_3SG = new Set(["he", "she", "it"]);
export const SUBJECT_NON_3SG = new Set(["i", "you", "we", "they"]);
export const INDEFINITE_3SG = new Set([
  "everyone",
  "everybody",
  "someone",
  "somebody",
  "nobody",
  "anyone",
  "anybody",
  "everything",
  "nothing",
  "something",
]);
export const SOFT_ADVERBS = new Set([
  "not",
  "n't",
  "also",
  "never",
  "really",
  "always",
  "still",
  "just",
  "only",
  "often",
  "usually",
  "sometimes",
  "even",
  "already",
  "ever",
  "actually",
]);

export const isVerb = (t: Token | undefined) =>
  t !== undefined && (t.pos === "VERB" || t.pos === "AUX");
export const isWordy = (t: Token | undefined) => t !== undefined && /^[a-z]/i.test(t.text);
export const isBase = (t: Token) => t.lower === t.lemma;

export function issueOver(
  text: string,
  first: Token,
  last: Token,
  category: IssueCategory,
  message: string,
  suggestion: string | null,
): Issue {
  return { start: first.start, end: last.end, category, message, suggestion: suggestion ?? null };
}

/** The text from `first` to `last` with `replacement` standing for it; keeps the learner's capital. */
export function keepCase(original: string, replacement: string): string {
  if (/^[A-Z]/.test(original) && replacement.length > 0)
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Index of the next token after `i` that is not one of the soft adverbs ("not", "also", …). */
export function skipSoft(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (
    j < tokens.length &&
    SOFT_ADVERBS.has(tokens[j]!.lower) &&
    tokens[j]!.sentence === tokens[i]!.sentence
  )
    j++;
  return j;
}

export function ingOf(base: string): string {
  if (base.endsWith("ie")) return base.slice(0, -2) + "ying";
  if (/[^e]e$/.test(base) && base !== "be") return base.slice(0, -1) + "ing";
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(base)) return base + base.at(-1) + "ing";
  return base + "ing";
}

export const article = (word: string) => (/^(?:[aeio]|u(?!ni|s[eu]))/i.test(word) ? "an" : "a");

/** Verbs that take a bare infinitive after their object ("let it go", "make it work"). */
export const CAUSATIVE = new Set([
  "let",
  "make",
  "help",
  "see",
  "watch",
  "hear",
  "feel",
  "have",
  "do",
  "will",
  "would",
  "can",
  "could",
  "should",
  "may",
  "might",
  "must",
]);
