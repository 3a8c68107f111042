import type { Issue } from "./issues.ts";
import { PAST_MARKER } from "./rules-narrative.ts";
import { isBase, issueOver } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";
import { isIrregularPast, participleOf, pastOf } from "./verb-forms.ts";

/**
 * Tense chosen by a time frame in the same sentence:
 * - a finished time with the present perfect: "When I was fifteen, I have spent a month …",
 *   "since I have started university" → the simple past;
 * - "since" + a starting point with a present verb: "public transport is free since 2013",
 *   "I live here since I was a child" → the present perfect.
 */
const POINT_EVENTS =
  /^(?:start|begin|arrive|move|come|meet|join|leave|graduate|finish|buy|get|go|marry|lose|become|enter|open|close|retire|return|break|die|win)$/;
/** "two months later": a finished time inside a story. */
const LATER =
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) (?:days?|weeks?|months?|years?|hours?|minutes?) later\b/i;
const SUBJECT_PRONOUN = /^(?:i|you|he|she|it|we|they)$/;
const participle = (t: Token | undefined) =>
  t !== undefined &&
  t.pos === "VERB" &&
  !isBase(t) &&
  (/ed$/.test(t.lower) ||
    isIrregularPast(t.lower) ||
    /(?:en|wn|ne|ung|ought|aught)$/.test(t.lower));

export function tenseFrameRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  const at = (i: number, s: number) => (tokens[i]?.sentence === s ? tokens[i] : undefined);
  tokens.forEach((t, i) => {
    const s = t.sentence;
    // have/has + participle after a finished time said earlier in the sentence.
    if (/^(?:have|has)$/.test(t.lower) && t.pos === "AUX" && participle(at(i + 1, s))) {
      const first = tokens.findIndex((x) => x.sentence === s);
      const before = text.slice(tokens[first]!.start, t.start);
      // "since I have started" (a point in time) — but "since I have had my phone" is right.
      const sinceClause =
        at(i - 2, s)?.lower === "since" &&
        SUBJECT_PRONOUN.test(at(i - 1, s)!.lower) &&
        POINT_EVENTS.test(at(i + 1, s)!.lemma);
      const marker = PAST_MARKER.exec(before) ?? LATER.exec(before);
      // "Since last year … has offered", "Last week I wrote, but nobody has replied so far": the
      // time is where the perfect's period starts, or belongs to another clause.
      const finished =
        marker !== null &&
        !/\bsince\s*$/i.test(before.slice(0, marker.index)) &&
        !/\bsince\b|\bfor\b|,\s*(?:but|and)\b|;/i.test(before.slice(marker.index)) &&
        !/^\s*\S+(?:\s+\S+)?\s+(?:so far|yet|already|ever|since|recently)\b/i.test(
          text.slice(t.end),
        );
      if (sinceClause || finished) {
        const v = at(i + 1, s)!;
        const fix = pastOf(v.lemma);
        out.push(
          issueOver(
            text,
            t,
            v,
            "tense",
            sinceClause
              ? "After “since”, the starting point is in the simple past."
              : "This happened at a finished time in the past: use the simple past.",
            fix,
          ),
        );
      }
    }
    // present verb … since + a starting point.
    if (t.lower === "since") {
      const next = at(i + 1, s);
      const after = at(i + 2, s);
      const point =
        next !== undefined &&
        (/^(?:1[89]|20)\d\d$/.test(next.lower) ||
          /^(?:last|then|childhood)$/.test(next.lower) ||
          (SUBJECT_PRONOUN.test(next.lower) &&
            after !== undefined &&
            (/^(?:was|were)$/.test(after.lower) ||
              (after.pos === "VERB" && !isBase(after) && after.lower === pastOf(after.lemma)))));
      if (!point) return;
      for (let k = i - 1; k >= 0 && tokens[k]!.sentence === s; k--) {
        const v = tokens[k]!;
        if (/^(?:have|has|had|'ve|was|were|did|will)$/.test(v.lower)) return;
        const subject = tokens[k - 1];
        if (!subject || subject.sentence !== s) continue;
        const pronoun = SUBJECT_PRONOUN.test(subject.lower) && subject.pos === "PRON";
        const noun = subject.pos === "NOUN" || subject.pos === "PROPN";
        const sincePerfect = (fix: string) =>
          issueOver(
            text,
            v,
            v,
            "tense",
            "With “since” + a starting point, use the present perfect.",
            fix,
          );
        if (/^(?:am|is|are|'m|'re)$/.test(v.lower) && (pronoun || noun)) {
          // "I am working here since 2010" → "have been working".
          out.push(sincePerfect(v.lower === "is" ? "has been" : "have been"));
          return;
        }
        if (pronoun && v.pos === "VERB" && isBase(v) && subject.lower !== "it") {
          out.push(sincePerfect(`have ${participleOf(v.lemma)}`));
          return;
        }
      }
    }
  });
  return out;
}
