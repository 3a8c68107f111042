import type { Issue } from "./issues.ts";
import { BE, MODALS, SUBJECT_3SG, isBase, isVerb, issueOver, skipSoft } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";
import { pastOf, thirdPerson } from "./verb-forms.ts";

const PLURAL_QUANTIFIERS = new Set([
  "many",
  "several",
  "few",
  "two",
  "three",
  "four",
  "five",
  "lots",
  "both",
]);
const POSSESSIVE_OR_DET = new Set([
  "the",
  "a",
  "an",
  "my",
  "your",
  "his",
  "her",
  "our",
  "their",
  "this",
  "that",
  "every",
  "each",
  "its",
]);
/** Verbs the tagger often reads as nouns ("people use maps"). */
export const NOUN_LIKE_VERBS = new Set([
  "work",
  "change",
  "cost",
  "help",
  "need",
  "use",
  "play",
  "study",
  "love",
  "look",
  "start",
  "show",
  "matter",
  "seem",
  "require",
  "affect",
  "support",
  "influence",
  "allow",
  "cause",
  "increase",
  "improve",
  "hate",
  "want",
  "plan",
  "care",
  "try",
  "lead",
  "run",
  "live",
  "make",
  "give",
  "take",
  "teach",
]);
const GUARDS = new Set([
  "let",
  "make",
  "help",
  "see",
  "watch",
  "hear",
  "feel",
  "suggest",
  "insist",
  "recommend",
]);

const pluralNoun = (t: Token) =>
  (t.pos === "NOUN" || t.pos === "PROPN") &&
  ((t.lower !== t.lemma && t.lower.endsWith("s")) ||
    t.lower === "people" ||
    t.lower === "children" ||
    (t.pos === "PROPN" && /[^su]s$/.test(t.lower) && t.lower.length > 3));

/**
 * Agreement with noun subjects: "My brother go", "Technology change", "students who has",
 * "There is many parks"; and "I am agree"-style be + base verb after a pronoun ("she is learn").
 */
export function subjectRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  tokens.forEach((s, i) => {
    const before = tokens[i - 1];
    const sameBefore = before && before.sentence === s.sentence ? before : undefined;
    const j = skipSoft(tokens, i);
    const v = tokens[j];
    if (!v || v.sentence !== s.sentence) return;
    const guarded = tokens
      .slice(Math.max(0, i - 3), i)
      .some(
        (t) =>
          t.sentence === s.sentence && (GUARDS.has(t.lemma) || t.pos === "AUX" || t.lower === "to"),
      );
    // Singular noun subject (after a determiner or at the start) + bare verb.
    const singular =
      (s.pos === "NOUN" && isBase(s) && s.lower !== "people") ||
      (s.pos === "PROPN" && !s.lower.endsWith("s"));
    const opener = (t: Token | undefined) =>
      !t ||
      t.sentence !== s.sentence ||
      POSSESSIVE_OR_DET.has(t.lower) ||
      t.pos === "PUNCT" ||
      t.lower === "that" ||
      t.lower === "if";
    const subjectStart =
      opener(sameBefore) ||
      (sameBefore?.pos === "ADJ" && opener(tokens[i - 2]) && tokens[i - 2] !== undefined);
    // "Some children in my street play": a noun after a preposition is its object, not the subject.
    const detAt = sameBefore?.pos === "ADJ" ? i - 2 : i - 1;
    const beforeDet = tokens[detAt - 1];
    const objectOfPreposition =
      detAt < i &&
      tokens[detAt] !== undefined &&
      POSSESSIVE_OR_DET.has(tokens[detAt].lower) &&
      beforeDet !== undefined &&
      beforeDet.sentence === s.sentence &&
      beforeDet.pos === "ADP";
    const next = tokens[j + 1];
    const verbTaggedNoun =
      v.pos === "NOUN" &&
      NOUN_LIKE_VERBS.has(v.lower) &&
      next !== undefined &&
      next.sentence === v.sentence &&
      ["DET", "PRON", "ADJ", "ADV", "NUM"].includes(next.pos);
    if (
      singular &&
      subjectStart &&
      !objectOfPreposition &&
      !guarded &&
      (v.pos === "VERB" || verbTaggedNoun) &&
      isBase(v) &&
      !MODALS.has(v.lower) &&
      !v.lower.endsWith("s") &&
      v.lower !== "be"
    ) {
      const afterVerb = tokens[j + 1];
      if (!(afterVerb && afterVerb.sentence === v.sentence && afterVerb.pos === "VERB")) {
        const fix = thirdPerson(v.lemma);
        out.push(
          issueOver(
            text,
            v,
            v,
            "agreement",
            `With “${s.text}” (singular) the verb is “${fix}”.`,
            fix,
          ),
        );
      }
    }
    // "Tourists comes" (a capitalized plural tagged as a proper noun)
    if (
      s.pos === "PROPN" &&
      pluralNoun(s) &&
      !sameBefore &&
      v.pos === "VERB" &&
      !isBase(v) &&
      v.lower === thirdPerson(v.lemma)
    ) {
      out.push(
        issueOver(text, v, v, "agreement", `“${s.text}” is plural: use “${v.lemma}”.`, v.lemma),
      );
    }
    // "students who has"
    if (pluralNoun(s) && ["who", "that", "which"].includes(v.lower)) {
      const w = tokens[j + 1];
      if (w && w.sentence === s.sentence && ["has", "is", "was", "does"].includes(w.lower)) {
        const fix = { has: "have", is: "are", was: "were", does: "do" }[w.lower]!;
        out.push(issueOver(text, w, w, "agreement", `“${s.text}” is plural: use “${fix}”.`, fix));
      }
    }
    // "There is many parks"
    if (s.lower === "there" && (v.lower === "is" || v.lower === "was")) {
      const n = tokens[j + 1];
      if (n && n.sentence === s.sentence && (PLURAL_QUANTIFIERS.has(n.lower) || pluralNoun(n))) {
        const fix = v.lower === "is" ? "are" : "were";
        out.push(issueOver(text, v, v, "agreement", "The noun after “there” is plural.", fix));
      }
    }
    // "she is learn" → "she is learning"
    if (s.pos === "PRON" && BE.has(v.lower) && v.pos === "AUX") {
      const w = tokens[j + 1];
      if (
        w &&
        w.sentence === s.sentence &&
        w.pos === "VERB" &&
        isBase(w) &&
        !["agree", "disagree"].includes(w.lower) &&
        tokens[j + 2]?.pos !== "NOUN"
      ) {
        out.push(
          issueOver(
            text,
            v,
            w,
            "tense",
            "After “be”, use the -ing form (or drop “be”).",
            `${v.text} ${w.lower.replace(/e$/, "")}ing`,
          ),
        );
      }
    }
  });
  return out;
}

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
    /\bfor (?:two|three|four|five|six|seven|eight|nine|ten|many|several|\d+) (?:years|months|weeks|days|hours)\b|\bsince (?:\d{4}|i was|last)\b/i;
  tokens.forEach((s, i) => {
    if (s.pos !== "PRON" || !["i", "he", "she", "we", "they", "you", "it"].includes(s.lower))
      return;
    const j = skipSoft(tokens, i);
    const v = tokens[j];
    if (!v || v.sentence !== s.sentence || !isVerb(v)) return;
    const sentence = sentenceText(s.sentence);
    const before = tokens[i - 1];
    const inClause = before && before.sentence === s.sentence;
    if (inClause && (before.pos === "AUX" || GUARDS.has(before.lemma) || before.lower === "when"))
      return;
    const present = v.pos === "VERB" && (isBase(v) || v.lower === thirdPerson(v.lemma));
    const pastBefore = tokens
      .slice(Math.max(0, i - 12), i)
      .some(
        (t) =>
          t.sentence === s.sentence && ["was", "were", "had"].includes(t.lower) && t.pos === "AUX",
      );
    const andBefore = inClause && (before.lower === "and" || before.lower === ",");
    // "… when she was fourteen, but now she hates it": "now" brings the sentence back.
    const nowBefore = tokens
      .slice(Math.max(0, i - 4), i)
      .some((t) => t.sentence === s.sentence && /^(?:now|today|nowadays)$/.test(t.lower));
    if (present && !nowBefore && (WHEN_PAST.test(sentence) || (pastBefore && andBefore))) {
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

/** "a amazing" / "an difficult" (Harper misses some of these). */
export function articleSoundRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  tokens.forEach((t, i) => {
    const n = tokens[i + 1];
    if (!n || n.sentence !== t.sentence || !/^[a-z]/i.test(n.text)) return;
    const vowel =
      /^(?:[aeio]|u(?!ni|s[eu]|r[aeiou]|til)|hour|honest|honou?r|heir)/i.test(n.text) &&
      !/^(?:one|once|eu)/i.test(n.text);
    if (t.lower === "a" && vowel)
      out.push(
        issueOver(
          text,
          t,
          t,
          "article",
          `Use “an” before a vowel sound (“${n.text}”).`,
          t.text === "A" ? "An" : "an",
        ),
      );
    if (t.lower === "an" && !vowel && !/^[A-Z]{2,}/.test(n.text))
      out.push(
        issueOver(
          text,
          t,
          t,
          "article",
          `Use “a” before a consonant sound (“${n.text}”).`,
          t.text === "An" ? "A" : "a",
        ),
      );
  });
  return out;
}
