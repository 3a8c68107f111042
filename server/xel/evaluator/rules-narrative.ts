import type { Issue } from "./issues.ts";
import { MODALS, SOFT_ADVERBS, isBase, issueOver } from "./rule-kit.ts";
import { NOUN_LIKE_VERBS } from "./rules-subjects.ts";
import type { Token } from "./tagger.ts";
import { isIrregularPast, pastOf, thirdPerson } from "./verb-forms.ts";

/**
 * Tense in a story: once a paragraph says when something happened in the past ("Last year",
 * "two weeks ago", "When I was a child"), the sentences that follow keep telling it in the past
 * until something brings the text back to the present ("now", "today", a present "is" / "are").
 * A present verb right after its subject inside that frame is flagged ("Last year my class clean a
 * park. We collect bags of rubbish and plant ten trees."). Conservative on purpose: reported
 * general truths ("… that a smile costs nothing"), quotations, comments from the writer's present
 * ("I think", "I remember") and sentences with a present auxiliary are left alone.
 */
export const PAST_MARKER =
  /\b(?:yesterday|last (?:week|month|year|summer|winter|spring|autumn|fall|night|weekend|time|season|holidays?|vacation|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|many|few|several|\d+) (?:days?|weeks?|months?|years?|hours?|minutes?) ago|when (?:i|he|she|we|they|my \w+) (?:was|were)|in (?:\d{1,2} [a-z]+ )?(?:1[0-9]\d\d|200\d|201\d)|the other day|that day|at that time)\b/i;
const INDEFINITE_PRONOUN = /^(?:every|some|any|no)(?:thing|one|body|where)$/;
const PRESENT_MARKER =
  /\b(?:now|today|nowadays|these days|always|often|sometimes|every (?:day|week|month|year|morning|evening|weekend|summer|sunday)|usually|currently|at the moment|in my opinion|in the future|tomorrow|next (?:week|month|year|summer|time))\b/i;
const PAST_MARKER_G = new RegExp(PAST_MARKER.source, "gi");
const PRESENT_MARKER_G = new RegExp(PRESENT_MARKER.source, "gi");
const PRESENT_AUX = new Set([
  "am",
  "is",
  "are",
  "'m",
  "'re",
  "do",
  "does",
  "has",
  "have",
  "will",
  "'ll",
  "can",
  "ca",
  "wo",
  "shall",
  "must",
]);
const SUBJECT_PRONOUNS = new Set([
  "i",
  "he",
  "she",
  "we",
  "they",
  "nobody",
  "somebody",
  "someone",
  "everybody",
  "everyone",
]);
/** Verbs of the writer's present comment on a story: "I remember", "I think she was rude". */
const COMMENT = new Set([
  "remember",
  "think",
  "believe",
  "know",
  "hope",
  "guess",
  "feel",
  "agree",
  "admire",
  "miss",
  "respect",
  "appreciate",
  "wish",
]);
/** State verbs: "My grandparents own a boat" can be true now inside a story about then. */
export const STATIVE_VERBS = new Set([
  "own",
  "belong",
  "mean",
  "seem",
  "contain",
  "consist",
  "depend",
  "matter",
  "cost",
  "weigh",
  "understand",
  "prefer",
  "exist",
  // Feelings, opinions and findings, usually said from the writer's present: "my parents love
  // the photos", "I recommend it", "the results show a pattern".
  "love",
  "like",
  "hate",
  "recommend",
  "want",
  "need",
  "deserve",
  "suggest",
  "show",
  "indicate",
  "prove",
  "reveal",
]);
const CLAUSE_GUARDS = new Set(["that", "what", "how", "if", "whether", "why", "which", "who"]);

const isPast = (t: Token) =>
  ["was", "were", "had", "did"].includes(t.lower) ||
  (t.pos === "VERB" && !isBase(t) && (t.lower === pastOf(t.lemma) || /ed$/.test(t.lower)));
const OBJECT_START = new Set(["DET", "NUM"]);
const POSSESSIVES = new Set(["my", "your", "his", "her", "our", "their", "its"]);
/**
 * A present verb; the tagger sometimes calls a bare verb a noun or adjective after a subject
 * ("my class clean a park", "and plant ten trees"): taken as a verb when an object follows.
 */
const isPresentVerb = (t: Token, next: Token | undefined) =>
  /^[a-z]+$/i.test(t.text) &&
  ((t.pos === "VERB" && (isBase(t) || t.lower === thirdPerson(t.lemma))) ||
    ((t.pos === "NOUN" || t.pos === "ADJ") &&
      isBase(t) &&
      next !== undefined &&
      next.sentence === t.sentence &&
      (OBJECT_START.has(next.pos) ||
        POSSESSIVES.has(next.lower) ||
        (NOUN_LIKE_VERBS.has(t.lower) && next.pos === "NOUN"))));

/** "so excited that we …": a "that" of result, not of reported speech, keeps the story's tense. */
function isResultThat(tokens: Token[], j: number): boolean {
  return (
    tokens[j]!.lower === "that" &&
    tokens[j - 1]?.pos === "ADJ" &&
    ["so", "such"].includes(tokens[j - 2]?.lower ?? "")
  );
}

export function narrativeTenseRules(
  text: string,
  tokens: Token[],
  sentenceText: (n: number) => string,
): Issue[] {
  const out: Issue[] = [];
  const bySentence = new Map<number, Token[]>();
  for (const t of tokens) {
    const list = bySentence.get(t.sentence);
    if (list) list.push(t);
    else bySentence.set(t.sentence, [t]);
  }
  let frame = false;
  let previousEnd = -1;
  for (const [n, sentence] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const start = sentence[0]!.start;
    // A new paragraph starts a new frame.
    if (previousEnd >= 0 && text.slice(previousEnd, start).includes("\n")) frame = false;
    previousEnd = sentence.at(-1)!.end;
    // Where in the sentence the time changes: past markers switch the frame on, present ones
    // (and a present auxiliary) switch it off, for the words after them.
    const switches: Array<{ at: number; past: boolean }> = [];
    for (const m of text.slice(start, previousEnd).matchAll(PAST_MARKER_G))
      // "Since last year …" starts a period that lasts until now.
      if (!/\bsince\s+$/i.test(text.slice(Math.max(0, start + m.index - 7), start + m.index)))
        switches.push({ at: start + m.index, past: true });
    for (const m of text.slice(start, previousEnd).matchAll(PRESENT_MARKER_G))
      switches.push({ at: start + m.index, past: false });
    // A present auxiliary or "is" anywhere: the sentence (also) talks about now; leave it alone.
    const presentClause = sentence.some(
      (t) => PRESENT_AUX.has(t.lower) && (t.pos === "AUX" || t.lemma === "be"),
    );
    switches.sort((a, b) => a.at - b.at);
    // A present marker in a sentence without a past one speaks from now: "I still follow her
    // advice today." With both ("Ten years ago people use maps, but now …"), their order decides.
    const onlyPresent = switches.length > 0 && switches.every((w) => !w.past);
    const entering: boolean = frame && !onlyPresent;
    const frameAt = (at: number): boolean =>
      switches.filter((w) => w.at <= at).reduce((f, w) => w.past, entering);
    frame = presentClause ? false : frameAt(previousEnd);
    if (presentClause || /["“”]/.test(sentenceText(n))) continue;
    sentence.forEach((v, k) => {
      if (!isPresentVerb(v, sentence[k + 1]) || !frameAt(v.start)) return;
      // The tagger sometimes reads "everything" or "someone" as a verb.
      if (INDEFINITE_PRONOUN.test(v.lower)) return;
      const earlier = sentence.slice(0, k);
      if (
        earlier.some(
          (t, j) =>
            (CLAUSE_GUARDS.has(t.lower) && !isResultThat(earlier, j)) ||
            t.lower === "to" ||
            MODALS.has(t.lower),
        )
      )
        return;
      // The subject, past adverbs between it and the verb ("the band finally come").
      let s = k - 1;
      while (s > 0 && (SOFT_ADVERBS.has(sentence[s]!.lower) || sentence[s]!.pos === "ADV")) s--;
      const subject = sentence[s];
      const before = sentence[s - 1];
      if (!subject) return;
      const pronoun = SUBJECT_PRONOUNS.has(subject.lower) && subject.pos === "PRON";
      const noun =
        (subject.pos === "NOUN" || subject.pos === "PROPN") &&
        (!before || ["DET", "PRON", "ADJ", "PUNCT", "NUM"].includes(before.pos));
      const coordinated =
        (subject.lower === "and" || subject.lower === "then") &&
        earlier.some((t) => isPast(t) || t.pos === "VERB");
      if (!pronoun && !noun && !coordinated) return;
      if (pronoun && subject.lower === "i" && COMMENT.has(v.lemma)) return;
      const fix = pastOf(v.lemma);
      if (fix === v.lower || STATIVE_VERBS.has(v.lemma) || isIrregularPast(v.lower)) return;
      out.push(
        issueOver(text, v, v, "tense", `This tells what happened in the past: use “${fix}”.`, fix),
      );
    });
  }
  return out;
}
