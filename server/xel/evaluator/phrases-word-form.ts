import { ingOf, isBase, keepCase } from "./rule-kit.ts";
import { participleOf, pastOf } from "./verb-forms.ts";
import { type Pattern, keep } from "./phrase-kit.ts";
import {
  COUNTABLE,
  COUNTABLE_UNITS,
  COUNTABLE_PLACES,
  PLURAL_FIX,
  UNCOUNTABLE,
} from "./word-lists.ts";
import type { Token } from "./tagger.ts";

/**
 * Word forms of nouns and verbs: plurals and countability, -ing after certain verbs, participles.
 * The wrong part of speech (noun for adjective, adjective for adverb …) is in
 * phrases-derivation.ts.
 */
const IRREGULAR_PLURAL_FIX: Record<string, string> = {
  childrens: "children",
  womans: "women",
  mens: "men",
  womens: "women",
  foots: "feet",
  feets: "feet",
  tooths: "teeth",
  teeths: "teeth",
  sheeps: "sheep",
  gooses: "geese",
  mices: "mice",
};
const pluralOf = (word: string) =>
  word.toLowerCase() === "person"
    ? keepCase(word, "people")
    : /(?:s|x|z|ch|sh)$/.test(word)
      ? `${word}es`
      : /[^aeiou]y$/.test(word)
        ? `${word.slice(0, -1)}ies`
        : `${word}s`;

/** Nouns that are countable in every sense ("time" is not: "a lot of time"). */
const COUNT_NOUNS = `${COUNTABLE}|${COUNTABLE_UNITS.replace("time|", "")}|${COUNTABLE_PLACES}|country|city|town|student`;
const NUMBER_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand";

export const WORD_FORM_PATTERNS: Pattern[] = [
  {
    match: Object.keys(PLURAL_FIX).join("|"),
    category: "word_form",
    message: "This noun has no -s plural here.",
    fix: (m) => keep(m, PLURAL_FIX[m[0]!.lower]!),
  },
  {
    match: "forward to P=VERB",
    // "forward to hearing" is already right (the gerund is tagged VERB too).
    when: (m) => !m[2]!.lower.endsWith("ing"),
    category: "word_form",
    message: "“Look forward to” takes -ing.",
    fix: (m) => `forward to ${ingOf(m[2]!.lemma)}`,
  },
  {
    match: "L=enjoy|avoid|finish|consider|suggest|mind|keep to P=VERB",
    category: "word_form",
    message: "This verb takes -ing, not “to”.",
    fix: (m) => `${m[0]!.text} ${ingOf(m[2]!.lemma)}`,
  },
  {
    // Not "some way", "some reason", "some idea", "some time": those are fine.
    match:
      "some problem|mistake|friend|student|teacher|car|house|computer|book|country|city|game|song|movie|film|photo|picture|school|job|skill|dream|goal|decision|example|opportunity !P=NOUN",
    category: "word_form",
    message: "“Some” with a countable noun takes the plural.",
    fix: (m) => `some ${m[1]!.lemma === "opportunity" ? "opportunities" : `${m[1]!.lemma}s`}`,
    cover: 2,
  },
  {
    match: `P=NUM ${COUNTABLE_UNITS}`,
    category: "word_form",
    message: "After a number above one, use the plural.",
    fix: (m) => `${m[0]!.text} ${m[1]!.text}s`,
  },
  {
    match: "every|each P=NOUN",
    category: "word_form",
    message: "“Every” and “each” take a singular noun.",
    fix: (m) => `${m[0]!.text} ${m[1]!.lemma}`,
  },
  {
    match: `P=ADP|VERB other ${COUNTABLE}|person`,
    category: "word_form",
    message: "Use “other” with a plural noun, or “another” with a singular one.",
    fix: (m) => `${m[0]!.text} other ${m[2]!.lower === "person" ? "people" : m[2]!.text + "s"}`,
  },
  {
    match: "one of the|my|his|her|our|their|your P=ADJ P=NOUN !P=NOUN|PART|PROPN",
    category: "word_form",
    message: "After “one of the”, the noun is plural.",
    fix: (m) =>
      `${m
        .slice(0, 4)
        .map((t) => t.text)
        .join(" ")} ${pluralOf(m[4]!.text)}`,
    cover: 5,
    // A countable noun from the list, or any singular after a superlative ("our biggest client").
    when: (m) =>
      COUNTABLE.split("|").includes(m[4]!.lower) ||
      (/st$/.test(m[3]!.lower) && singularCount(m[4]!)),
  },
  {
    match: `one of the|my|his|her|our|their|your ${COUNTABLE} !P=NOUN|PART|PROPN`,
    category: "word_form",
    message: "After “one of the”, the noun is plural.",
    fix: (m) =>
      `${m
        .slice(0, 3)
        .map((t) => t.text)
        .join(" ")} ${pluralOf(m[3]!.text)}`,
    cover: 4,
  },
  {
    match: Object.keys(IRREGULAR_PLURAL_FIX).join("|"),
    category: "word_form",
    message: "This plural is irregular.",
    fix: (m) => keep(m, IRREGULAR_PLURAL_FIX[m[0]!.lower]!),
  },
  {
    match: "of|about P=VERB",
    category: "word_form",
    message: "After a preposition a verb takes -ing.",
    fix: (m) => `${m[0]!.text} ${ingOf(m[1]!.lemma)}`,
    // Only after words that take "of/about" + an action: elsewhere the tagger's "verb" is
    // often a noun ("a code of conduct", "the end of file").
    when: (m, before) => bareVerb(m[1]!) && before !== undefined && ACTION_HEADS.has(before.lemma),
  },
  {
    match: "several|various P=NOUN !P=NOUN",
    category: "word_form",
    message: "After this word the noun is plural.",
    fix: (m) => `${m[0]!.text} ${pluralOf(m[1]!.text)}`,
    cover: 2,
    when: (m) => singularCount(m[1]!),
  },
  {
    match: `${NUMBER_WORDS} P=NOUN !P=NOUN|ADJ`,
    category: "word_form",
    message: "After a number above one, use the plural.",
    fix: (m) => `${m[0]!.text} ${pluralOf(m[1]!.text)}`,
    cover: 2,
    when: (m, before) => singularCount(m[1]!) && before?.lower !== "the",
  },
  {
    match: `different ${COUNT_NOUNS} !P=NOUN`,
    category: "word_form",
    message: "Use the plural here.",
    fix: (m) => `${m[0]!.text} ${pluralOf(m[1]!.text)}`,
    cover: 2,
    when: (_, before) => before === undefined || before.pos !== "DET",
  },
  {
    match: `lots of ${COUNT_NOUNS} !P=NOUN`,
    category: "word_form",
    message: "After “lots of”, a countable noun is plural.",
    fix: (m) => `lots of ${pluralOf(m[2]!.text)}`,
    cover: 3,
  },
  {
    match: `a lot of ${COUNT_NOUNS} !P=NOUN`,
    category: "word_form",
    message: "After “a lot of”, a countable noun is plural.",
    fix: (m) => `a lot of ${pluralOf(m[3]!.text)}`,
    cover: 4,
  },
  {
    match: "be|been|being|is|are|was|were P=ADV P=VERB P=PUNCT|ADP",
    category: "word_form",
    message: "After “be”, use the past participle: “be greatly appreciated”.",
    fix: (m) => `${m[0]!.text} ${m[1]!.text} ${participleOf(m[2]!.lemma)}`,
    skip: 2,
    cover: 3,
    // "was also run", "can be safely stringified", "was then part of" are right.
    when: (m) =>
      /ly$/.test(m[1]!.lower) &&
      isBase(m[2]!) &&
      !/ed$/.test(m[2]!.lower) &&
      m[2]!.lemma !== "be" &&
      pastOf(m[2]!.lemma) !== m[2]!.lower &&
      participleOf(m[2]!.lemma) !== m[2]!.lower,
  },
  {
    match: "congratulation !on",
    category: "word_form",
    message: "The greeting is plural: “Congratulations”.",
    fix: (m) => keep(m, "congratulations"),
    cover: 1,
  },
  {
    match: "years|months of experiences",
    category: "word_form",
    message: "In “years of experience”, experience is uncountable.",
    fix: (m) => `${m[0]!.text} of experience`,
  },
  {
    match: `some|many|most|all|several|both|few of my|the|our|their|his|her|your ${COUNT_NOUNS} !P=NOUN`,
    category: "word_form",
    message: "After “some of my …”, the noun is plural.",
    fix: (m) => `${m[0]!.text} of ${m[2]!.text} ${pluralOf(m[3]!.text)}`,
    cover: 4,
  },
];

const ACTION_HEADS = new Set([
  "afraid",
  "scared",
  "frightened",
  "tired",
  "capable",
  "instead",
  "fond",
  "proud",
  "think",
  "dream",
  "talk",
  "worried",
  "nervous",
  "excited",
  "idea",
  "way",
  "possibility",
  "chance",
]);
const bareVerb = (t: Token) =>
  t.lower === t.lemma && /^[a-z]+$/.test(t.lower) && t.lemma !== "be" && !t.lower.endsWith("ing");
const singularCount = (t: Token) =>
  t.lower === t.lemma &&
  /^[a-z]+$/.test(t.lower) &&
  !/(?:s|ing)$/.test(t.lower) &&
  !UNCOUNTABLE.split("|").includes(t.lower) &&
  !/^(?:people|children|men|women|police|staff|fish|sheep|data|percent|hundred|thousand|million|dozen|times|feet)$/.test(
    t.lower,
  );
