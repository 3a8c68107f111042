import type { Issue } from "./issues.ts";
import { matchPatterns } from "./phrase-kit.ts";
import { AGREEMENT_PATTERNS } from "./phrases-agreement.ts";
import { DERIVATION_PATTERNS } from "./phrases-derivation.ts";
import { ARTICLE_PATTERNS } from "./phrases-articles.ts";
import { PREPOSITION_PATTERNS } from "./phrases-prepositions.ts";
import { SPELLING_PATTERNS } from "./phrases-spelling.ts";
import { TENSE_PATTERNS } from "./phrases-tense.ts";
import { WORD_FORM_PATTERNS } from "./phrases-word-form.ts";
import { WORD_ORDER_PATTERNS } from "./phrases-word-order.ts";
import type { Token } from "./tagger.ts";

/** The phrase patterns of every category (phrases-*.ts), run in one pass over the tokens. */
const PATTERNS = [
  ...PREPOSITION_PATTERNS,
  ...AGREEMENT_PATTERNS,
  ...TENSE_PATTERNS,
  ...ARTICLE_PATTERNS,
  ...WORD_FORM_PATTERNS,
  ...DERIVATION_PATTERNS,
  ...SPELLING_PATTERNS,
  ...WORD_ORDER_PATTERNS,
];

export function phraseRules(text: string, tokens: Token[]): Issue[] {
  return matchPatterns(text, tokens, PATTERNS);
}
