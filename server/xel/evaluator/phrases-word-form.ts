import { ingOf, keepCase } from "./rule-kit.ts";
import { type Pattern, keep } from "./phrase-kit.ts";
import {
  ADJECTIVE_OF,
  ADVERB_OF,
  COMPARATIVE,
  COUNTABLE,
  COUNTABLE_UNITS,
  PLURAL_FIX,
} from "./word-lists.ts";

/** Word forms: adjective for noun, -ed for -ing, plurals, comparatives, -ing after certain verbs. */
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

export const WORD_FORM_PATTERNS: Pattern[] = [
  {
    match: "very|so|really P=NOUN|VERB",
    category: "word_form",
    message: "An adjective is needed here.",
    fix: (m) => `${m[0]!.text} ${ADJECTIVE_OF[m[1]!.lower] ?? m[1]!.text}`,
  },
  {
    match: Object.keys(PLURAL_FIX).join("|"),
    category: "word_form",
    message: "This noun has no -s plural here.",
    fix: (m) => keep(m, PLURAL_FIX[m[0]!.lower]!),
  },
  {
    match: `more ${Object.keys(COMPARATIVE).join("|")} !P=NOUN`,
    category: "word_form",
    message: "Short adjectives take -er, not “more”.",
    fix: (m) => COMPARATIVE[m[1]!.lower]!,
    cover: 2,
  },
  {
    match: "more P=ADJ",
    category: "word_form",
    message: "Use “more” or -er, not both.",
    fix: (m) => m[1]!.text,
  },
  {
    match: "L=be interesting|exciting|boring|confusing|tiring in|about|with",
    category: "word_form",
    message: "Use the -ed adjective for how someone feels.",
    fix: (m) => `${m[0]!.text} ${m[1]!.text.replace(/ing$/, "ed")} ${m[2]!.text}`,
  },
  {
    match: "L=be very|so|really interesting|exciting|boring|confusing|tiring in|about|with",
    category: "word_form",
    message: "Use the -ed adjective for how someone feels.",
    fix: (m) => `${m[0]!.text} ${m[1]!.text} ${m[2]!.text.replace(/ing$/, "ed")} ${m[3]!.text}`,
  },
  {
    match: "forward to P=VERB",
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
    match: `P=VERB ${Object.keys(ADVERB_OF).join("|")} !P=NOUN|ADJ`,
    category: "word_form",
    message: "An adverb (-ly) describes how something is done.",
    fix: (m) => `${m[0]!.text} ${ADVERB_OF[m[1]!.lower]!}`,
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
    match: "more|most better|best|worse|worst",
    category: "word_form",
    message: "Use “more/most” or the -er/-est form, not both.",
    fix: (m) => m[1]!.text,
  },
  {
    match: "most P=ADJ",
    category: "word_form",
    message: "Use “most” or the -est form, not both.",
    fix: (m) => m[1]!.text,
  },
  {
    match: `one of the|my|his|her|our|their|your P=ADJ ${COUNTABLE} !P=NOUN|PART|PROPN`,
    category: "word_form",
    message: "After “one of the”, the noun is plural.",
    fix: (m) =>
      `${m
        .slice(0, 4)
        .map((t) => t.text)
        .join(" ")} ${pluralOf(m[4]!.text)}`,
    cover: 5,
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
];
