import type { Issue } from "./issues.ts";
import { issueOver } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";

/** Adverbs of frequency and focus, whose place is before the main verb and after "be". */
const MID_ADVERBS = new Set([
  "also",
  "always",
  "usually",
  "often",
  "never",
  "sometimes",
  "already",
  "rarely",
  "seldom",
  "normally",
]);
const BE_FORMS = new Set(["am", "is", "are", "was", "were"]);
const POSSESSIVES = new Set(["my", "your", "his", "her", "our", "their", "its"]);
/** Words that open the object of a verb. */
const isObjectStart = (t: Token | undefined) =>
  t !== undefined &&
  (["DET", "NUM", "ADJ", "NOUN", "PROPN"].includes(t.pos) || POSSESSIVES.has(t.lower));
const isSubject = (t: Token | undefined) =>
  t !== undefined && ["PRON", "NOUN", "PROPN"].includes(t.pos) && !POSSESSIVES.has(t.lower);

/**
 * Where adverbs go: "My family always is kind" (→ "is always"), "I can speak also German" and
 * "I drink now less coffee" (→ before the verb: an adverb does not come between a verb and its
 * object).
 */
export function placementRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const before = tokens[i - 1];
    if (!next || next.sentence !== t.sentence) return;
    const sameSentence = (u: Token | undefined) => u !== undefined && u.sentence === t.sentence;
    // "always is" → "is always", after a subject.
    if (
      MID_ADVERBS.has(t.lower) &&
      BE_FORMS.has(next.lower) &&
      sameSentence(before) &&
      isSubject(before)
    ) {
      out.push(
        issueOver(
          text,
          t,
          next,
          "word_order",
          `“${t.text}” goes after a form of “be”: “${next.text} ${t.text}”.`,
          `${next.text} ${t.text}`,
        ),
      );
      return;
    }
    // verb + adverb + object → adverb + verb + object.
    const object = tokens[i + 2];
    if (
      t.pos === "VERB" &&
      t.lemma !== "be" &&
      !t.lower.endsWith("ing") &&
      (MID_ADVERBS.has(next.lower) || next.lower === "now") &&
      sameSentence(object) &&
      isObjectStart(object) &&
      sameSentence(before) &&
      (isSubject(before) || before!.pos === "AUX")
    ) {
      out.push(
        issueOver(
          text,
          t,
          next,
          "word_order",
          `“${next.text}” goes before the verb, not between the verb and its object: “${next.text} ${t.text}”.`,
          `${next.lower} ${t.text}`,
        ),
      );
    }
  });
  return out;
}
