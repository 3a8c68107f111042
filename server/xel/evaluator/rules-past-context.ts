import type { Issue } from "./issues.ts";
import { SUBJECT_3SG, isBase, isVerb, issueOver, skipSoft } from "./rule-kit.ts";
import { STATIVE_VERBS } from "./rules-narrative.ts";
import { GUARDS } from "./rules-subjects.ts";
import type { Token } from "./tagger.ts";
import { pastOf, thirdPerson } from "./verb-forms.ts";

/** "When I was a child, I live…", "It was … and I learn …", "I am drawing … for ten years". */
export function pastContextRules(
  text: string,
  tokens: Token[],
  sentenceText: (n: number) => string,
): Issue[] {
  const out: Issue[] = [];
  const WHEN_PAST =
    /\b(?:when|after|before) (?:i|he|she|we|they|you|my \w+) (?:was|were|had|met|saw|went|came|got|\w+ed)\b/i;
  const DURATION =
    /\bfor (?:two|three|four|five|six|seven|eight|nine|ten|many|several|\d+) (?:years|months|weeks|days|hours)\b|\bsince (?:\d{4}|i was|last|yesterday|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b/i;
  tokens.forEach((s, i) => {
    // "When I was a child, my grandmother has a shop": a noun subject right after the clause.
    const nounSubject =
      s.pos === "NOUN" &&
      ["DET", "PRON"].includes(tokens[i - 1]?.pos ?? "") &&
      tokens[i - 2]?.text === "," &&
      tokens[i - 2]?.sentence === s.sentence;
    if (
      !nounSubject &&
      (s.pos !== "PRON" || !["i", "he", "she", "we", "they", "you", "it"].includes(s.lower))
    )
      return;
    const j = skipSoft(tokens, i);
    const v = tokens[j];
    if (!v || v.sentence !== s.sentence || !isVerb(v)) return;
    const sentence = sentenceText(s.sentence);
    const before = tokens[nounSubject ? i - 2 : i - 1];
    const inClause = before && before.sentence === s.sentence;
    if (
      !nounSubject &&
      inClause &&
      (before.pos === "AUX" || GUARDS.has(before.lemma) || before.lower === "when")
    )
      return;
    // "has a small shop": "have" as the main verb, though tagged as an auxiliary.
    const mainHave =
      (v.lower === "has" || v.lower === "have") &&
      ["DET", "NUM", "ADJ"].includes(tokens[j + 1]?.pos ?? "");
    const present =
      (v.pos === "VERB" && (isBase(v) || v.lower === thirdPerson(v.lemma))) || mainHave;
    const pastBefore = tokens
      .slice(Math.max(0, i - 12), i)
      .some(
        (t) =>
          t.sentence === s.sentence && ["was", "were", "had"].includes(t.lower) && t.pos === "AUX",
      );
    const andBefore = inClause && (before.lower === "and" || before.lower === ",");
    // "… when she was fourteen, but now she hates it" (or "but I still talk to her"): "now"
    // brings the sentence back.
    const nowBefore = tokens
      .slice(Math.max(0, i - 4), j)
      .some((t) => t.sentence === s.sentence && /^(?:now|today|nowadays|still)$/.test(t.lower));
    const framed = nounSubject
      ? WHEN_PAST.exec(sentence)?.index === 0
      : WHEN_PAST.test(sentence) || (pastBefore && andBefore);
    // "I remember that when I was born …" speaks from now (but not "When I met her, I think").
    let first = i;
    while (first > 0 && tokens[first - 1]!.sentence === s.sentence) first--;
    const whenFirst =
      (WHEN_PAST.exec(sentence)?.index ?? Infinity) < s.start - tokens[first]!.start;
    // "It was a nice evening, and I recommend it": feelings and opinions from now, unless a
    // "when I was …" clause dates the sentence.
    // "He taught me chess when I was seven, and he always says …": a "when" clause after its
    // main clause belongs to that clause alone (one that opens the sentence dates all of it).
    const whenAt = WHEN_PAST.exec(sentence);
    const otherClause =
      whenAt !== null &&
      whenAt.index > 0 &&
      /,\s*(?:and|but)\b/.test(
        sentence.slice(whenAt.index + whenAt[0].length, s.start - tokens[first]!.start),
      );
    const comment =
      otherClause ||
      (STATIVE_VERBS.has(v.lemma) && !WHEN_PAST.test(sentence)) ||
      (!whenFirst &&
        /^(?:i|we)$/.test(s.lower) &&
        /^(?:remember|think|know|believe|guess|hope|forget|wonder)$/.test(v.lemma));
    if (present && !nowBefore && framed && !comment) {
      const fix = pastOf(v.lemma);
      out.push(issueOver(text, v, v, "tense", `This is about the past: use “${fix}”.`, fix));
    }
    if (
      ["am", "is", "are"].includes(v.lower) &&
      DURATION.test(sentence) &&
      tokens[j + 1]?.lower.endsWith("ing")
    ) {
      const fix = SUBJECT_3SG.has(s.lower) ? "has been" : "have been";
      out.push(
        issueOver(
          text,
          v,
          v,
          "tense",
          `For something that started in the past and continues, use “${fix}”.`,
          fix,
        ),
      );
    }
  });
  return out;
}
