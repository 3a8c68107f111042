import type { Checkers } from "./checkers.ts";
import { harperIssues } from "./harper-issues.ts";
import { type Issue, mergeIssues } from "./issues.ts";
import { agreementRules } from "./rules-agreement.ts";
import { clauseRules } from "./rules-clauses.ts";
import { commaRules } from "./rules-commas.ts";
import { narrativeTenseRules } from "./rules-narrative.ts";
import { phraseRules } from "./rules-phrases.ts";
import { articleSoundRules } from "./rules-article-sound.ts";
import { pastContextRules } from "./rules-past-context.ts";
import { placementRules } from "./rules-placement.ts";
import { subjectRules } from "./rules-subjects.ts";
import { subjectVerbRules } from "./rules-subject-verb.ts";
import { tenseClauseRules } from "./rules-tense-clauses.ts";
import { tenseFrameRules } from "./rules-tense-frames.ts";
import { structureRules } from "./rules-text.ts";
import { verbRules } from "./rules-verbs.ts";
import { type Token, tagText } from "./tagger.ts";

export type Checked = { issues: Issue[]; tokens: Token[]; sentenceCount: number };

/**
 * The part-of-speech rules plus Harper's findings, one list without overlaps. Errors are merged
 * before style advice, so a style note over a long sentence never hides a mistake inside it.
 */
export async function checkText(checkers: Checkers, text: string): Promise<Checked> {
  const { tokens, sentences } = tagText(checkers, text);
  const bounds = new Map<number, { start: number; end: number }>();
  for (const t of tokens) {
    const b = bounds.get(t.sentence);
    if (b) b.end = t.end;
    else bounds.set(t.sentence, { start: t.start, end: t.end });
  }
  const sentenceText = (n: number) => {
    const b = bounds.get(n);
    return b ? text.slice(b.start, b.end) : "";
  };
  const harper = await harperIssues(checkers, text);
  // The rules first: where both flag the same words, theirs is the more specific message.
  const errors = [
    ...verbRules(text, tokens, sentenceText),
    agreementRules(text, tokens),
    phraseRules(text, tokens),
    subjectRules(text, tokens),
    pastContextRules(text, tokens, sentenceText),
    narrativeTenseRules(text, tokens, sentenceText),
    articleSoundRules(text, tokens),
    structureRules(text, tokens, sentenceText),
    subjectVerbRules(text, tokens),
    tenseFrameRules(text, tokens),
    placementRules(text, tokens),
    commaRules(text, tokens),
    clauseRules(text, tokens),
    tenseClauseRules(text, tokens),
    harper.filter((i) => i.category !== "style"),
  ];
  const merged = mergeIssues(text, [...errors, harper.filter((i) => i.category === "style")]);
  return { issues: merged, tokens, sentenceCount: sentences };
}
