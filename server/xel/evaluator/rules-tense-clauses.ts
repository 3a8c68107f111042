import type { Issue } from "./issues.ts";
import { STATIVE_VERBS } from "./rules-narrative.ts";
import { SOFT_ADVERBS, ingOf, isBase, issueOver } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";
import { isIrregularPast, participleOf, pastOf, thirdPerson } from "./verb-forms.ts";

const SUBJECT = /^(?:i|you|he|she|we|they)$/;
/** "… for ten years" or "… so far" within a few words after the verb. */
const UNTIL_NOW =
  /^(?:\s+[\w']+){0,5}?\s+(?:for (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|a few|\d+) (?:years|months|weeks)|so far|up to now|until now)\b/i;
const SINCE_OPENING =
  /^(?:since|for) (?:last \w+|\d{4}|then|childhood|i was|(?:two|three|four|five|six|seven|eight|nine|ten|many|several|\d+) (?:years|months|weeks))\b/i;
/** Habits, plans and schedules, where a present verb + "for two weeks" is right. */
const NOT_A_PERIOD =
  /\b(?:every|each|usually|always|often|sometimes|never|next|tomorrow|will|going to|plan|a year|per)\b/i;
const PERCEIVED = /^(?:saw|found|noticed|realized|realised|discovered|learned|learnt)$/;
const REPORTED = /^(?:said|told|promised|thought|knew|believed|hoped|explained|wrote)$/;

/**
 * Tense chosen by another clause of the sentence:
 * - a period up to now with a present verb: "He lives in Japan for ten years", "nobody replies
 *   so far" → the present perfect;
 * - "While I study, a man sat down" → "was studying";
 * - reported in the past: "told me that it will arrive" → "would"; "we saw that somebody has
 *   broken the window" → "had broken".
 */
export function tenseClauseRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  const at = (i: number, s: number) => (tokens[i]?.sentence === s ? tokens[i] : undefined);
  tokens.forEach((v, i) => {
    const s = v.sentence;
    const subject = at(i - 1, s);
    let k = i - 1;
    while (at(k, s) && SOFT_ADVERBS.has(at(k, s)!.lower)) k--;
    const head = at(k, s);
    const presentSimple =
      v.pos === "VERB" &&
      /^[a-z]+$/.test(v.lower) &&
      (isBase(v) || v.lower === thirdPerson(v.lemma)) &&
      pastOf(v.lemma) !== v.lower &&
      !STATIVE_VERBS.has(v.lemma) &&
      !/^(?:be|have|do|like|love|hate|want|need|know|think|feel|mean|prefer|understand)$/.test(
        v.lemma,
      );
    const bySubject =
      head !== undefined &&
      ((head.pos === "PRON" &&
        (SUBJECT.test(head.lower) || /^(?:nobody|no one|everyone|someone)$/.test(head.lower))) ||
        head.pos === "NOUN" ||
        head.pos === "PROPN");
    if (presentSimple && bySubject) {
      const sentenceEnd = tokens.findLastIndex((t) => t.sentence === s);
      const rest = text.slice(v.end, tokens[sentenceEnd]!.end);
      const whole = text.slice(
        tokens.find((t) => t.sentence === s)!.start,
        tokens[sentenceEnd]!.end,
      );
      const plural =
        /^(?:i|you|we|they)$/.test(head!.lower) ||
        (head!.pos === "NOUN" && head!.lower.endsWith("s"));
      const perfect = `${plural ? "have" : "has"} ${participleOf(v.lemma)}`;
      // "… for ten years", "… so far", or a sentence that opens with its starting point
      // ("Since last year the canteen offers …").
      const untilNow = UNTIL_NOW.test(rest) || SINCE_OPENING.test(whole);
      if (untilNow && !NOT_A_PERIOD.test(whole) && subject?.lower !== "to") {
        out.push(
          issueOver(
            text,
            v,
            v,
            "tense",
            `For something that started in the past and goes on until now, use the present perfect: “${perfect}”.`,
            perfect,
          ),
        );
        return;
      }
      // "While I study, an old man sat next to me."
      const first = tokens.findIndex((t) => t.sentence === s);
      if (
        tokens[first]!.lower === "while" &&
        k === first + 1 &&
        SUBJECT.test(head!.lower) &&
        tokens
          .slice(i + 1, sentenceEnd + 1)
          .some(
            (t) =>
              t.pos === "VERB" && !isBase(t) && (isIrregularPast(t.lower) || /ed$/.test(t.lower)),
          )
      ) {
        const be = head!.lower === "i" || /^(?:he|she)$/.test(head!.lower) ? "was" : "were";
        out.push(
          issueOver(
            text,
            v,
            v,
            "tense",
            `For something in progress when something else happened: “${be} ${ingOf(v.lemma)}”.`,
            `${be} ${ingOf(v.lemma)}`,
          ),
        );
      }
    }
    // told me that it will arrive → would; saw that somebody has broken → had broken.
    if ((v.lower === "will" || v.lower === "has" || v.lower === "have") && v.pos === "AUX") {
      const reported = reportingClause(
        tokens.slice(Math.max(0, i - 6), i).filter((t) => t.sentence === s),
      );
      if (!reported) return;
      const { verb, between } = reported;
      if (
        between.length === 0 ||
        between.length > 3 ||
        between.some((t) => t.pos === "VERB" || t.text === ",")
      )
        return;
      if (v.lower === "will" && REPORTED.test(verb.lower))
        out.push(
          issueOver(
            text,
            v,
            v,
            "tense",
            "Reported after a past verb, “will” becomes “would”.",
            "would",
          ),
        );
      const participle = at(i + 1, s);
      if (
        v.lower !== "will" &&
        PERCEIVED.test(verb.lower) &&
        participle?.pos === "VERB" &&
        !isBase(participle)
      )
        out.push(
          issueOver(
            text,
            v,
            v,
            "tense",
            "Before a past moment, use the past perfect: “had”.",
            "had",
          ),
        );
    }
  });
  return out;
}

/**
 * The verb that reports a clause and the words between it and the clause's verb: "told me that
 * it [will]", or without "that", "I thought we [will]".
 */
function reportingClause(window: Token[]): { verb: Token; between: Token[] } | null {
  const that = window.findLastIndex((t) => t.lower === "that");
  if (that >= 1) {
    const verb = window[that - 1]!.pos === "PRON" ? window[that - 2] : window[that - 1];
    return verb?.pos === "VERB" ? { verb, between: window.slice(that + 1) } : null;
  }
  const reporter = window.findLastIndex((t) => REPORTED.test(t.lower) || PERCEIVED.test(t.lower));
  if (reporter < 0 || reporter !== window.length - 2) return null;
  const verb = window[reporter]!;
  return verb.pos === "VERB" ? { verb, between: window.slice(reporter + 1) } : null;
}
