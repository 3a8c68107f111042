import { type Pattern } from "./phrase-kit.ts";
import { ADJECTIVE_OF, ADVERB_OF, COMPARATIVE, LINKING, NOUN_OF_VERB } from "./word-lists.ts";

/**
 * The wrong part of speech or degree: a noun or verb where the adjective belongs ("very
 * importance", "the grow of"), an adjective for an adverb ("drives careful"), -ing for -ed
 * feelings ("I am boring"), and doubled comparatives ("more easier", "most fastest").
 */
/** -ing adjectives that describe what causes a feeling ("boring"); the person feels -ed. */
const FEELING_ED =
  "surprised|interested|bored|excited|amazed|disappointed|shocked|confused|frustrated|embarrassed|annoyed|tired|satisfied|depressed|frightened|terrified";
/** "care about their healthy" → "health". */
const NOUN_OF_ADJECTIVE: Record<string, string> = {
  healthy: "health",
  safe: "safety",
  happy: "happiness",
  free: "freedom",
  important: "importance",
  successful: "success",
  beautiful: "beauty",
  strong: "strength",
  confident: "confidence",
  independent: "independence",
  inconvenient: "inconvenience",
  responsible: "responsibility",
  creative: "creativity",
};
const FEELING_ING =
  "boring|tiring|interesting|exciting|confusing|frustrating|disappointing|embarrassing|annoying|worrying|satisfying|relaxing|surprising|exhausting|depressing|terrifying|frightening|shocking";

export const DERIVATION_PATTERNS: Pattern[] = [
  {
    match: "very|so|really P=NOUN|VERB",
    category: "word_form",
    message: "An adjective is needed here.",
    fix: (m) => `${m[0]!.text} ${ADJECTIVE_OF[m[1]!.lower] ?? m[1]!.text}`,
  },
  {
    match: `more ${Object.keys(COMPARATIVE).join("|")} !P=NOUN`,
    category: "word_form",
    message: "Short adjectives take -er, not “more”.",
    fix: (m) => COMPARATIVE[m[1]!.lower]!,
    cover: 2,
  },
  {
    match: "more P=ADJ|ADV",
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
    match: `P=VERB ${Object.keys(ADVERB_OF).join("|")} !P=NOUN|ADJ`,
    category: "word_form",
    message: "An adverb (-ly) describes how something is done.",
    fix: (m) => `${m[0]!.text} ${ADVERB_OF[m[1]!.lower]!}`,
    cover: 2,
    // "performing regular-expression-like matching": part of a compound.
    when: (m) => !LINKING.test(m[0]!.lemma) && m[2]!.text !== "-",
  },
  {
    match: `P=VERB it|them|this ${Object.keys(ADVERB_OF).join("|")} P=PUNCT|ADP|CCONJ`,
    category: "word_form",
    message: "An adverb (-ly) describes how something is done.",
    fix: (m) => ADVERB_OF[m[2]!.lower]!,
    skip: 2,
    cover: 3,
    when: (m) => !LINKING.test(m[0]!.lemma),
  },
  {
    match: "quite|too|extremely P=NOUN|VERB",
    category: "word_form",
    message: "An adjective is needed here.",
    fix: (m) => `${m[0]!.text} ${ADJECTIVE_OF[m[1]!.lower]}`,
    when: (m) => ADJECTIVE_OF[m[1]!.lower] !== undefined,
  },
  {
    match: `the|a|an|our|my|his|her|their|your|its ${Object.keys(NOUN_OF_VERB).join("|")} of|in|for|and|P=PUNCT`,
    category: "word_form",
    message: "A noun is needed here.",
    fix: (m) => `${m[0]!.text} ${NOUN_OF_VERB[m[1]!.lower]}`,
    cover: 2,
    // "the sells": the tagger reads a verb there, not the noun the word can also be.
    when: (m) => m[1]!.pos === "VERB",
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
    match: `the most ${Object.keys(COMPARATIVE).join("|")}`,
    category: "word_form",
    message: "Short adjectives take -est, not “most”.",
    fix: (m) => superlative(m[2]!.lower),
    skip: 1,
  },
  {
    match: `i|we L=feel|be|get very|so|really|quite|too ${FEELING_ING}`,
    category: "word_form",
    message: "Use the -ed adjective for how someone feels.",
    fix: (m) => m[3]!.text.replace(/ing$/, "ed"),
    skip: 3,
  },
  {
    match: `i|we L=feel|be|get ${FEELING_ING}`,
    category: "word_form",
    message: "Use the -ed adjective for how someone feels.",
    fix: (m) => m[2]!.text.replace(/ing$/, "ed"),
    skip: 2,
  },
  {
    match: "P=VERB very|so|really|too hardly",
    category: "word_form",
    message: "The adverb of “hard” is “hard”; “hardly” means “almost not”.",
    fix: (m) => `${m[1]!.text} hard`,
    skip: 1,
  },
  {
    match: "P=VERB hardly P=PUNCT|ADP|CCONJ",
    category: "word_form",
    message: "The adverb of “hard” is “hard”; “hardly” means “almost not”.",
    fix: () => "hard",
    skip: 1,
    cover: 2,
  },
  {
    // "It was surprised that …": the thing causes the feeling.
    match: `it|this|that L=be ${FEELING_ED} that|to|P=PUNCT`,
    category: "word_form",
    message: "A thing that causes a feeling takes -ing: “it was surprising”.",
    fix: (m) => `${m[0]!.text} ${m[1]!.text} ${m[2]!.lower.replace(/ed$/, "ing")}`,
    cover: 3,
  },
  {
    match: `it|this|that L=be P=ADV ${FEELING_ED} that|to|P=PUNCT`,
    category: "word_form",
    message: "A thing that causes a feeling takes -ing: “it was surprising”.",
    fix: (m) => `${m[0]!.text} ${m[1]!.text} ${m[2]!.text} ${m[3]!.lower.replace(/ed$/, "ing")}`,
    cover: 4,
  },
  {
    match: `my|your|his|her|our|their ${Object.keys(NOUN_OF_ADJECTIVE).join("|")} P=PUNCT|ADP|CCONJ`,
    category: "word_form",
    message: "A noun is needed here.",
    fix: (m) => `${m[0]!.text} ${NOUN_OF_ADJECTIVE[m[1]!.lower]}`,
    cover: 2,
  },
  {
    match: ", special|especial in|for|when|at|with|if",
    category: "word_form",
    message: "The adverb is “especially”.",
    fix: () => "especially",
    skip: 1,
    cover: 2,
  },
  {
    match: `L=be not|so|too ${Object.keys(ADJECTIVE_OF).join("|")} P=PUNCT|ADP|CCONJ`,
    category: "word_form",
    message: "An adjective is needed here.",
    fix: (m) => `${m[0]!.text} ${m[1]!.text} ${ADJECTIVE_OF[m[2]!.lower]}`,
    cover: 3,
  },
  {
    match: `more ${Object.keys(ADJECTIVE_OF).join("|")}`,
    category: "word_form",
    message: "An adjective is needed here.",
    fix: (m) => `more ${ADJECTIVE_OF[m[1]!.lower]}`,
    when: (m) => m[1]!.pos === "VERB",
  },
  {
    match: `of|the ${Object.keys(NOUN_OF_ADJECTIVE).join("|")} P=PUNCT|CCONJ`,
    category: "word_form",
    message: "A noun is needed here.",
    fix: (m) => `${m[0]!.text} ${NOUN_OF_ADJECTIVE[m[1]!.lower]}`,
    cover: 2,
  },
  {
    match: `a|an|the|my|our|their|his|her|your P=ADJ ${Object.keys(NOUN_OF_VERB).join("|")} P=ADP|PUNCT|CCONJ`,
    category: "word_form",
    message: "A noun is needed here.",
    fix: (m) => NOUN_OF_VERB[m[2]!.lower]!,
    skip: 2,
    cover: 3,
    when: (m) => m[2]!.pos === "VERB",
  },
  {
    match: `a|an|the|my|our|their|his|her|your P=ADJ P=ADJ ${Object.keys(NOUN_OF_VERB).join("|")} P=ADP|PUNCT|CCONJ`,
    category: "word_form",
    message: "A noun is needed here.",
    fix: (m) => NOUN_OF_VERB[m[3]!.lower]!,
    skip: 3,
    cover: 4,
    when: (m) => m[3]!.pos === "VERB",
  },
  {
    match:
      "L=eat|sleep|play|sing|cook|speak|work|write|drive|swim|dance|run|do really|very|so good",
    category: "word_form",
    message: "The adverb of “good” is “well”.",
    fix: (m) => `${m[0]!.text} ${m[1]!.text} well`,
  },
];

function superlative(adj: string): string {
  const c = COMPARATIVE[adj]!;
  return c === "better" ? "best" : c === "worse" ? "worst" : c.replace(/er$/, "est");
}
