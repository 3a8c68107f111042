import { article, isBase } from "./rule-kit.ts";
import { type Pattern, keep } from "./phrase-kit.ts";
import { COUNTABLE, COUNTABLE_PLACES, UNCOUNTABLE } from "./word-lists.ts";

/** Articles: a/an with plurals and uncountable nouns, missing articles, “the” in general senses. */
const LANGUAGES =
  "english|spanish|french|german|chinese|japanese|russian|italian|portuguese|arabic|korean|turkish|polish|hindi|dutch|greek";
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
  {
    match: "the most of my|your|his|her|our|their|the|these|those|them|us|you",
    category: "article",
    message: "No “the” here: “most of my friends”.",
    fix: (m) => keep(m, "most of"),
    cover: 3,
    // "make the most of it" is right.
    when: (_m, before) => before?.lemma !== "make",
  },
  {
    match: "half hour|hours",
    category: "article",
    message: "Say “half an hour”.",
    fix: (m) => keep(m, "half an hour"),
    cover: 2,
    when: (_m, before) => before?.pos !== "DET" && before?.lower !== "and",
  },
  {
    match: `the ${LANGUAGES} is|was|has|can|will`,
    category: "article",
    message: "No “the” before the name of a language: “English is…”.",
    fix: (m) => keep(m, m[1]!.text),
    cover: 2,
  },
  {
    match: `L=learn|speak|study|teach|practise|practice|understand|use the ${LANGUAGES} !P=NOUN|PROPN`,
    category: "article",
    message: "No “the” before the name of a language: “learn English”.",
    fix: (m) => `${m[0]!.text} ${m[2]!.text}`,
    cover: 3,
  },
  {
    match:
      "the life|nature|society|technology|happiness|education|love|productivity|pollution|unemployment is|are|was|has|can|makes|often|always|usually",
    category: "article",
    message: "No “the” before a noun used in a general sense: “Life is hard”, “Technology is…”.",
    fix: (m) => keep(m, m[1]!.text),
    cover: 2,
    // Only as the sentence's subject: "… the life was hard" may be one life.
    when: (_m, before) =>
      before === undefined ||
      before.text === "," ||
      /^(?:because|and|but|that)$/.test(before.lower),
  },
  {
    match: "the social media !P=NOUN|PROPN",
    category: "article",
    message: "No “the” before “social media”.",
    fix: (m) => keep(m, "social media"),
    cover: 3,
  },
  {
    match: `such P=ADJ ${COUNTABLE}|${COUNTABLE_PLACES}|day|week|trip|city|country|story|book|film|movie|game|experience !P=NOUN`,
    category: "article",
    message: "“Such” with a singular countable noun takes “a”: “such a big school”.",
    fix: (m) => `such ${article(m[1]!.text)} ${m[1]!.text} ${m[2]!.text}`,
    cover: 3,
  },
  {
    match:
      "by the car|bus|train|plane|taxi|bike|bicycle|boat|metro|subway|tram|ship P=PUNCT|CCONJ|ADP",
    category: "article",
    message: "No article in “by car”, “by train”.",
    fix: (m) => `by ${m[2]!.text}`,
    cover: 3,
    // "I waited by the car" is a place; only travel takes "by car".
    when: (_m, _before, earlier) =>
      earlier.some((t) =>
        /^(?:go|travel|come|commute|get|arrive|move|return|drive)$/.test(t.lemma),
      ),
  },
  {
    match: `L=be not|never ${COUNTABLE}`,
    category: "article",
    message: "A singular countable noun needs an article: “not a problem”.",
    fix: (m) => `${m[0]!.text} ${m[1]!.text} ${article(m[2]!.text)} ${m[2]!.text}`,
  },
  {
    match: "L=be P=ADJ of|in",
    category: "article",
    message: "A superlative takes “the”: “the youngest of”.",
    fix: (m) => `${m[0]!.text} the ${m[1]!.text} ${m[2]!.text}`,
    cover: 2,
    when: (m) =>
      /est$/.test(m[1]!.lower) &&
      !/^(?:best|interest|honest|modest|west|east|rest)$/.test(m[1]!.lower),
  },
  {
    match: "in next P=NUM|few years|months|weeks|days",
    category: "article",
    message: "Say “in the next five years”.",
    fix: (m) => keep(m, `in the next ${m[2]!.text} ${m[3]!.text}`),
    cover: 2,
  },
  {
    match: "the most P=NOUN !P=NOUN",
    category: "article",
    message: "No “the” before “most” + a plural: “most students”.",
    fix: (m) => keep(m, `most ${m[2]!.text}`),
    cover: 3,
    when: (m) => !isBase(m[2]!) && m[2]!.lower.endsWith("s"),
  },
  {
    match: "the half of the|my|our|your|his|her|their|this|it|them",
    category: "article",
    message: "No “the” before “half of”.",
    fix: (m) => keep(m, "half of"),
    cover: 3,
  },
];
