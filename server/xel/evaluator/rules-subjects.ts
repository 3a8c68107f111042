import type { Issue } from "./issues.ts";
import { BE, MODALS, isBase, issueOver, skipSoft } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";
import { thirdPerson } from "./verb-forms.ts";

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
/** Verbs followed by an object and a bare verb ("let it go"): no subject follows them. */
export const GUARDS = new Set([
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
    // "carry a paper map": after a verb (not "think", "say" …) a noun phrase is its object.
    const objectOfPreposition =
      detAt < i &&
      tokens[detAt] !== undefined &&
      POSSESSIVE_OR_DET.has(tokens[detAt].lower) &&
      beforeDet !== undefined &&
      beforeDet.sentence === s.sentence &&
      (beforeDet.pos === "ADP" ||
        (beforeDet.pos === "VERB" &&
          // "Every summer my family go": a noun after a determiner, tagged as a verb.
          tokens[detAt - 2]?.pos !== "DET" &&
          !/^(?:think|believe|know|hope|say|feel|guess|suppose|mean|see|find|realize|realise)$/.test(
            beforeDet.lemma,
          )));
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
    if (s.pos === "PRON" && s.lower !== "there" && BE.has(v.lower) && v.pos === "AUX") {
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
