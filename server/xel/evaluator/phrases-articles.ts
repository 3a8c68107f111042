import { article } from "./rule-kit.ts";
import { type Pattern, keep } from "./phrase-kit.ts";
import { COUNTABLE, COUNTABLE_PLACES, UNCOUNTABLE } from "./word-lists.ts";

/** Articles: a/an with plurals and uncountable nouns, missing articles, “the” in general senses. */
const SPORTS =
  "football|basketball|tennis|soccer|volleyball|baseball|golf|chess|cricket|hockey|badminton|rugby";

export const ARTICLE_PATTERNS: Pattern[] = [
  {
    match: "a|an P=NOUN",
    category: "article",
    message: "“a/an” goes with one thing, not a plural.",
    fix: (m) => m[1]!.text,
    cover: 2,
  },
  {
    match: `a|an ${UNCOUNTABLE}`,
    category: "article",
    message: "This noun is uncountable: no “a/an”.",
    fix: (m) => m[1]!.text,
  },
  {
    match: `L=be|have|make|take|get P=ADJ ${COUNTABLE}`,
    category: "article",
    message: "A singular countable noun needs an article.",
    fix: (m) => `${m[0]!.text} ${article(m[1]!.text)} ${m[1]!.text} ${m[2]!.text}`,
  },
  {
    match: `L=be|have|make|take|get ${COUNTABLE}`,
    category: "article",
    message: "A singular countable noun needs an article.",
    fix: (m) => `${m[0]!.text} ${article(m[1]!.text)} ${m[1]!.text}`,
  },
  {
    match: "most of P=NOUN",
    category: "article",
    message: "Say “most people” or “most of the people”.",
    fix: (m) => keep(m, `most ${m[2]!.text}`),
  },
  {
    match: "the health|society|happiness|technology|nature P=PUNCT|CCONJ",
    category: "article",
    message: "No “the” before a noun used in a general sense.",
    fix: (m) => m[1]!.text,
    cover: 2,
  },
  {
    match: `L=play the ${SPORTS}`,
    category: "article",
    message: "No “the” before a sport or game: “play football”.",
    fix: (m) => `${m[0]!.text} ${m[2]!.text}`,
  },
  {
    match: `L=be P=ADJ experience|${COUNTABLE_PLACES}`,
    category: "article",
    message: "A singular countable noun needs an article.",
    fix: (m) => `${m[0]!.text} ${article(m[1]!.text)} ${m[1]!.text} ${m[2]!.text}`,
  },
  {
    match: `L=go|come|return to ${COUNTABLE_PLACES} !P=NOUN|PROPN`,
    category: "article",
    message: "A singular countable noun needs an article: “to the cinema”, “to a concert”.",
    fix: (m) => `${m[0]!.text} to the ${m[2]!.text}`,
    cover: 3,
  },
  {
    match: `in|at|from ${COUNTABLE_PLACES} !P=NOUN|PROPN`,
    category: "article",
    message: "A singular countable noun needs an article: “in a hotel”, “at the restaurant”.",
    fix: (m) => `${m[0]!.text} a ${m[1]!.text}`,
    cover: 2,
  },
];
