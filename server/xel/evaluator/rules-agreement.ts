import type { Issue } from "./issues.ts";
import { MODALS, isBase, issueOver, keepCase } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";
import { thirdPerson } from "./verb-forms.ts";
import { UNCOUNTABLE } from "./word-lists.ts";

/**
 * Agreement and number where the subject is not next to its verb, and number after quantity
 * words: "The people in my town is", "One of my friends live", "A student who play",
 * "many problem", "much problems", "He said me".
 */
const IRREGULAR_PLURALS = new Set([
  "people",
  "children",
  "men",
  "women",
  "police",
  "feet",
  "teeth",
]);
const NO_PLURAL = new Set([...UNCOUNTABLE.split("|"), "fish", "sheep", "staff", "data", "series"]);
/** Heads that agree with the noun after "of": "a lot of people are", "the number of …". */
const QUANTITY_HEADS = new Set([
  "lot",
  "lots",
  "kind",
  "kinds",
  "type",
  "sort",
  "number",
  "majority",
  "rest",
  "half",
  "group",
  "couple",
  "pair",
  "variety",
  "percent",
  "part",
  "bunch",
  "most",
  "all",
  "some",
  "none",
  "each",
  "one",
  "any",
  "both",
]);
/** Not "these"/"those" (often pronouns: "these can be") nor "both" ("both X and Y"). */
const PLURAL_DETERMINERS = new Set(["many", "several", "few"]);
const OBJECT_PRONOUNS = new Set(["me", "him", "her", "us", "them"]);

const plural = (t: Token) =>
  (t.pos === "NOUN" || t.pos === "PROPN") &&
  ((t.lower !== t.lemma && t.lower.endsWith("s")) || IRREGULAR_PLURALS.has(t.lower));
const singularCountable = (t: Token) =>
  t.pos === "NOUN" &&
  isBase(t) &&
  !t.lower.endsWith("s") &&
  !IRREGULAR_PLURALS.has(t.lower) &&
  !NO_PLURAL.has(t.lower);
const pluralOf = (word: string) =>
  /(?:s|x|z|ch|sh)$/.test(word)
    ? `${word}es`
    : /[^aeiou]y$/.test(word)
      ? `${word.slice(0, -1)}ies`
      : `${word}s`;
const BE_FIX: Record<string, [string, string]> = {
  is: ["is", "are"],
  are: ["is", "are"],
  was: ["was", "were"],
  were: ["was", "were"],
};

export function agreementRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  const at = (i: number, sentence: number) => {
    const t = tokens[i];
    return t && t.sentence === sentence ? t : undefined;
  };
  tokens.forEach((t, i) => {
    const s = t.sentence;
    // "The people in my town is friendly": head noun + preposition phrase + be.
    const be = BE_FIX[t.lower];
    if (be && t.pos === "AUX") {
      let k = i - 1;
      const n2 = at(k, s);
      if (n2 && (n2.pos === "NOUN" || n2.pos === "PROPN")) {
        k--;
        while (at(k, s) && ["DET", "ADJ", "NUM"].includes(at(k, s)!.pos)) k--;
        if (at(k, s)?.pos === "PRON" && /^(?:my|your|his|her|our|their|its)$/.test(at(k, s)!.lower))
          k--;
        const adp = at(k, s);
        const head = at(k - 1, s);
        const det = at(k - 2, s);
        const clauseStart =
          !det || det.pos === "PUNCT" || det.lower === "that" || det.pos === "CCONJ";
        const headDet = at(k - 2, s);
        if (
          adp?.pos === "ADP" &&
          adp.lower !== "of" &&
          head &&
          (head.pos === "NOUN" || head.pos === "PROPN") &&
          !QUANTITY_HEADS.has(head.lower) &&
          headDet &&
          (headDet.pos === "DET" || /^(?:my|your|his|her|our|their)$/.test(headDet.lower)) &&
          (at(k - 3, s) === undefined ||
            at(k - 3, s)!.pos === "PUNCT" ||
            ["that", "and", "but", "because"].includes(at(k - 3, s)!.lower)) &&
          !clauseStart
        ) {
          const headPlural = plural(head);
          const headSingular = singularCountable(head) && !/^(?:these|those)$/.test(headDet.lower);
          const want = headPlural ? be[1] : headSingular ? be[0] : null;
          if (want && want !== t.lower)
            out.push(
              issueOver(
                text,
                t,
                t,
                "agreement",
                `The subject is “${head.text}”, so the verb is “${want}”.`,
                want,
              ),
            );
        }
      }
    }
    // "One of my friends live in London" → "lives".
    if (t.lower === "one" && at(i + 1, s)?.lower === "of") {
      let k = i + 2;
      while (at(k, s) && ["DET", "ADJ", "PRON"].includes(at(k, s)!.pos)) k++;
      const noun = at(k, s);
      const verb = at(k + 1, s);
      if (
        noun &&
        plural(noun) &&
        verb &&
        verb.pos === "VERB" &&
        isBase(verb) &&
        !MODALS.has(verb.lower) &&
        !(tokens[i - 1]?.sentence === s && /^(?:to|the|that)$/.test(tokens[i - 1]!.lower))
      ) {
        const fix = thirdPerson(verb.lemma);
        out.push(
          issueOver(text, verb, verb, "agreement", `With “one of …” the verb is “${fix}”.`, fix),
        );
      }
    }
    // "A student who play sports" → "plays".
    if (t.lower === "who") {
      const subject = at(i - 1, s);
      const det = at(i - 2, s);
      const verb = at(i + 1, s);
      if (
        subject &&
        singularCountable(subject) &&
        det &&
        /^(?:a|an|the|every|each|this|that|my|your|his|her|our|their)$/.test(det.lower) &&
        verb &&
        verb.pos === "VERB" &&
        isBase(verb) &&
        verb.lower !== thirdPerson(verb.lemma)
      ) {
        const fix = thirdPerson(verb.lemma);
        out.push(
          issueOver(
            text,
            verb,
            verb,
            "agreement",
            `“Who” stands for “${subject.text}” (singular): use “${fix}”.`,
            fix,
          ),
        );
      }
    }
    // "many problem" → "many problems"; "much problems" → "many problems".
    const next = at(i + 1, s);
    const after = at(i + 2, s);
    if (
      PLURAL_DETERMINERS.has(t.lower) &&
      t.pos !== "PRON" &&
      next &&
      singularCountable(next) &&
      !MODALS.has(next.lower) &&
      !/(?:ing|ed)$/.test(next.lower) &&
      (!after ||
        (after.pos !== "NOUN" &&
          after.pos !== "PROPN" &&
          after.lower !== "of" &&
          after.text !== "-"))
    ) {
      const fix = pluralOf(next.lower);
      out.push(
        issueOver(
          text,
          t,
          next,
          "word_form",
          `After “${t.lower}” the noun is plural: “${fix}”.`,
          `${t.text} ${fix}`,
        ),
      );
    }
    if (t.lower === "much" && next && plural(next) && !NO_PLURAL.has(next.lemma)) {
      out.push(
        issueOver(
          text,
          t,
          t,
          "word_form",
          "Use “many” with plural nouns; “much” goes with uncountable ones.",
          keepCase(t.text, "many"),
        ),
      );
    }
    // "He said me that …" → "He told me that …".
    if (t.lemma === "say" && t.pos === "VERB" && next && OBJECT_PRONOUNS.has(next.lower)) {
      const told = t.lower === "say" ? "tell" : t.lower === "says" ? "tells" : "told";
      out.push(
        issueOver(
          text,
          t,
          next,
          "word_choice",
          `“Say” takes no person after it: “${told} ${next.text}” (or “${t.text} to ${next.text}”).`,
          `${told} ${next.text}`,
        ),
      );
    }
  });
  return out;
}
