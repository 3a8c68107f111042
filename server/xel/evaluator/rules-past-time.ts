import type { Issue } from "./issues.ts";
import {
  CAUSATIVE,
  MODALS,
  SUBJECT_3SG,
  SUBJECT_NON_3SG,
  isBase,
  isVerb,
  issueOver,
  keepCase,
  skipSoft,
} from "./rule-kit.ts";
import { STATIVE_VERBS } from "./rules-narrative.ts";
import type { Token } from "./tagger.ts";
import { pastOf, thirdPerson } from "./verb-forms.ts";

const PAST_MARKERS =
  /\b(?:yesterday|ago|last (?:week|month|year|night|summer|winter|spring|weekend|time|semester|season|holidays?|vacation|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

const COMMENT = /^(?:think|believe|hope|guess|know|feel|suppose|agree|expect)$/;
/** "think", "believe", "hope" in the present: the writer speaking now, about then. */
const isPresentComment = (t: Token) =>
  t.pos === "VERB" && COMMENT.test(t.lemma) && (isBase(t) || t.lower === thirdPerson(t.lemma));

/** A sentence that says when in the past ("yesterday", "last week") with a present verb. */
export function pastTimeRules(
  text: string,
  tokens: Token[],
  sentenceText: (n: number) => string,
): Issue[] {
  const out: Issue[] = [];
  // A subject followed by a present-tense verb.
  tokens.forEach((s, i) => {
    if (s.pos !== "PRON" || !(SUBJECT_3SG.has(s.lower) || SUBJECT_NON_3SG.has(s.lower))) return;
    const j = skipSoft(tokens, i);
    const v = tokens[j];
    if (!v || v.sentence !== s.sentence || !isVerb(v) || MODALS.has(v.lower) || v.lower === "n't")
      return;
    if (!PAST_MARKERS.test(sentenceText(s.sentence))) return;
    const before = tokens[i - 1];
    if (
      before &&
      before.sentence === s.sentence &&
      (before.pos === "AUX" || CAUSATIVE.has(before.lemma) || isPresentComment(before))
    )
      return;
    // "It was a lovely trip last week, and I recommend it": an opinion from now, in its own clause.
    if (STATIVE_VERBS.has(v.lemma) && /^(?:and|but|,)$/.test(before?.lower ?? "")) return;
    // "I finished it last night, but I think it needs …": the writer's comment from now.
    if (
      s.lower === "i" &&
      isPresentComment(v) &&
      tokens.slice(0, i).some((t) => t.sentence === s.sentence && t.lower === "but")
    )
      return;
    const present =
      isBase(v) || v.lower === thirdPerson(v.lemma) || ["is", "are", "am"].includes(v.lower);
    if (!present || ["was", "were", "had", "did"].includes(v.lower)) return;
    const fix =
      v.lemma === "be"
        ? ["i", "he", "she", "it"].includes(s.lower)
          ? "was"
          : "were"
        : pastOf(v.lemma);
    // "Yesterday I read", "Last week I put": the past looks like the present.
    if (fix === v.lower) return;
    // "I have visited Paris last year" → "I visited".
    const participle = tokens[j + 1];
    if (
      (v.lower === "have" || v.lower === "has") &&
      participle?.sentence === s.sentence &&
      participle.pos === "VERB" &&
      !isBase(participle)
    ) {
      const past = pastOf(participle.lemma);
      out.push(
        issueOver(
          text,
          v,
          participle,
          "tense",
          `This sentence says when in the past: use the past simple “${past}”.`,
          past,
        ),
      );
      return;
    }
    out.push(
      issueOver(
        text,
        v,
        v,
        "tense",
        `This sentence is about the past: use “${fix}”.`,
        keepCase(v.text, fix),
      ),
    );
  });
  return out;
}
