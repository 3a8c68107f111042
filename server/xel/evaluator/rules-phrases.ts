import type { Issue, IssueCategory } from "./issues.ts";
import { article, ingOf, isBase, issueOver, keepCase } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";
import { pastOf, thirdPerson } from "./verb-forms.ts";
import {
  ADJECTIVE_OF,
  ADVERB_OF,
  COMPARATIVE,
  COUNTABLE,
  COUNTABLE_UNITS,
  PLURAL_FIX,
  UNCOUNTABLE,
} from "./word-lists.ts";

/**
 * Phrase patterns for the learner errors a part-of-speech tag makes visible. A pattern is words
 * separated by spaces; each word lists alternatives with "|"; `L=` tests the lemma, `P=` the tag,
 * `!` negates. `fix` gets the matched tokens and returns the replacement for the whole match.
 */
type Pattern = {
  match: string;
  category: IssueCategory;
  message: string;
  fix: (m: Token[]) => string;
  /** How many matched tokens the issue covers from the start (default: all). */
  cover?: number;
};

const keep = (m: Token[], s: string) => keepCase(m[0]!.text, s);
const prep = (match: string, fix: string, message: string, cover?: number): Pattern => ({
  match,
  cover,
  category: "preposition",
  message,
  fix: (m) =>
    keep(
      m,
      fix.replace(/\$(\d)/g, (_, n: string) => m[Number(n)]!.text),
    ),
});

const DAYS =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays";
const MONTHS = "january|february|march|april|june|july|august|september|october|november|december";
const SUBJECTS =
  "math|maths|mathematics|english|science|sports|sport|football|chess|drawing|music|languages|physics|chemistry|history|biology|geography|art|painting|singing|dancing|swimming";
const SPORTS =
  "football|basketball|tennis|soccer|volleyball|baseball|golf|chess|cricket|hockey|badminton|rugby";
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

const PATTERNS: Pattern[] = [
  // prepositions
  prep("L=discuss about", "$0", "“Discuss” takes a direct object: no “about”."),
  prep("L=emphasize|emphasise on", "$0", "“Emphasize” takes a direct object: no “on”."),
  prep("L=depend of|from", "$0 on", "We say “depend on”."),
  prep("interested about|for|on|at", "interested in", "We say “interested in”."),
  prep("L=marry with", "$0 to", "We say “married to”."),
  prep("L=arrive to", "$0 at", "We say “arrive at” (a place) or “arrive in” (a city)."),
  prep("L=listen P=DET|NOUN|PROPN|PRON", "$0 to $1", "We say “listen to” something."),
  prep("L=explain me|him|her|us|them", "$0 to $1", "We say “explain (something) to someone”."),
  prep("L=wait me|him|her|us|them", "$0 for $1", "We say “wait for someone”."),
  prep("in home", "at home", "We say “at home”."),
  prep("L=go to home", "$0 home", "We say “go home”, without “to”."),
  prep("in the other hand", "on the other hand", "The phrase is “on the other hand”."),
  prep("on my|our|his|her|their opinion", "in $1 opinion", "The phrase is “in my opinion”."),
  prep(
    "in my|our|his|her|their point of view",
    "from $1 point of view",
    "The phrase is “from my point of view”.",
  ),
  prep("according with|of", "according to", "The phrase is “according to”."),
  prep("L=focus in", "$0 on", "We say “focus on”."),
  prep("afraid from", "afraid of", "We say “afraid of”."),
  prep("responsible of", "responsible for", "We say “responsible for”."),
  prep("capable to", "capable of", "We say “capable of” + -ing."),
  prep("in the internet", "on the internet", "We say “on the internet”."),
  prep("in the same time", "at the same time", "The phrase is “at the same time”."),
  prep(
    "at the morning|afternoon|evening",
    "in the $2",
    "We say “in the morning/afternoon/evening”.",
  ),
  prep("in night", "at night", "We say “at night”."),
  prep("similar with", "similar to", "We say “similar to”."),
  prep("famous of", "famous for", "We say “famous for”."),
  prep("proud on|for", "proud of", "We say “proud of”."),
  prep("L=pay attention on|at", "$0 $1 to", "We say “pay attention to”."),
  prep("L=take care about", "$0 care of", "We say “take care of”."),
  prep("L=enter to|in|into P=DET|PROPN|NOUN", "$0 $2", "“Enter” takes a direct object."),
  prep("L=reach to P=DET|PROPN|NOUN|PRON", "$0 $2", "“Reach” takes a direct object."),
  prep("L=succeed to", "$0 in", "We say “succeed in” + -ing."),
  // prepositions of time
  prep(`in|at ${DAYS}`, "on $1", "We say “on” with days: “on Monday”, “on Sundays”."),
  prep(`on|at ${MONTHS} P=PUNCT|CCONJ|ADP`, "in $1", "We say “in” with months: “in March”.", 2),
  prep("on P=NUM", "in $1", "We say “in” with years: “in 2009”."),
  prep(
    "at|on summer|winter|spring|autumn P=PUNCT|PRON|DET|CCONJ|ADP",
    "in $1",
    "We say “in” with seasons: “in summer”.",
    2,
  ),
  prep(
    "since|during P=NUM years|months|weeks|days|hours|minutes",
    "for $1 $2",
    "Use “for” with a length of time: “for ten years” (“since” goes with a starting point: “since 2015”).",
  ),
  prep("angry on", "angry with", "We say “angry with” someone."),
  prep("L=talk|speak|chat in the phone", "$0 on the phone", "We say “on the phone”."),
  prep(
    `good|bad|better|best|worse|great|excellent in ${SUBJECTS}`,
    "$0 at $2",
    "We say “good at” a subject or an activity.",
  ),
  // agreement with "each of …"
  {
    match: "each of P=DET|PRON P=NOUN have|are|were|do",
    category: "agreement",
    message: "“Each” is singular: “each of the players has”.",
    fix: (m) =>
      `${m
        .slice(0, 4)
        .map((t) => t.text)
        .join(" ")} ${{ have: "has", are: "is", were: "was", do: "does" }[m[4]!.lower]}`,
  },
  // tense
  {
    match: "when|after|before|until|once P=PRON will P=VERB",
    category: "tense",
    message: "In a time clause (“when …”, “after …”), use the present tense for the future.",
    fix: (m) =>
      `${m[0]!.text} ${m[1]!.text} ${/^(?:he|she|it)$/.test(m[1]!.lower) ? thirdPerson(m[3]!.lemma) : m[3]!.lemma}`,
  },
  {
    match:
      "am|is|are|was|were|'m|'s|'re knowing|wanting|needing|believing|belonging|owning|preferring",
    category: "tense",
    message: "This verb describes a state: it is not used in the -ing form.",
    fix: (m) =>
      /^(?:was|were)$/.test(m[0]!.lower)
        ? pastOf(m[1]!.lemma)
        : /^(?:is|'s)$/.test(m[0]!.lower)
          ? thirdPerson(m[1]!.lemma)
          : m[1]!.lemma,
  },
  // articles
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
  // word form
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
    match:
      "its very|so|really|not|a|an|the|important|necessary|difficult|hard|easy|good|better|true|possible|normal|time",
    category: "spelling",
    message: "“It’s” (it is) needs an apostrophe; “its” means “belonging to it”.",
    fix: (m) => `${keep(m, "it's")} ${m[1]!.text}`,
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
  // word order
  {
    match: "L=like|love|enjoy very much P=NOUN|PROPN",
    category: "word_order",
    message: "Put “very much” after the object.",
    fix: (m) => `${m[0]!.text} ${m[3]!.text} very much`,
  },
  {
    match: "enough P=ADJ !P=NOUN",
    category: "word_order",
    message: "“Enough” comes after an adjective.",
    fix: (m) => `${m[1]!.text} enough`,
    cover: 2,
  },
];

function tokenMatches(part: string, t: Token | undefined): boolean {
  if (!t) return false;
  if (part.startsWith("!")) return !tokenMatches(part.slice(1), t);
  if (part.startsWith("L=")) return part.slice(2).split("|").includes(t.lemma);
  if (part.startsWith("P=")) return part.slice(2).split("|").includes(t.pos);
  return part.split("|").includes(t.lower);
}

const compiled = PATTERNS.map((p) => ({ ...p, parts: p.match.split(" ") }));

export function phraseRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const p of compiled) {
      if (!tokenMatches(p.parts[0]!, tokens[i])) continue; // cheap test before slicing
      const m = tokens.slice(i, i + p.parts.length);
      if (m.length < p.parts.length || m.some((t) => t.sentence !== tokens[i]!.sentence)) continue;
      if (!p.parts.every((part, k) => tokenMatches(part, m[k]))) continue;
      if (
        p.category === "article" &&
        p.match.startsWith("a|an P=NOUN") &&
        (isBase(m[1]!) || !m[1]!.lower.endsWith("s"))
      )
        continue;
      if (p.match.startsWith("very|so|really P=") && !ADJECTIVE_OF[m[1]!.lower]) continue;
      if (
        p.match.startsWith("P=NUM") &&
        (/^(?:one|1|a)$/i.test(m[0]!.lower) || m[1]!.lower.endsWith("s"))
      )
        continue;
      if (p.match === "every|each P=NOUN" && (isBase(m[1]!) || !m[1]!.lower.endsWith("s")))
        continue;
      if (p.match === "more P=ADJ" && (isBase(m[1]!) || !/er$/.test(m[1]!.lower))) continue;
      if (p.match === "most P=ADJ" && (isBase(m[1]!) || !/est$/.test(m[1]!.lower))) continue;
      if (p.match.startsWith("on P=NUM") && !/^(?:1[89]|20)\d\d$/.test(m[1]!.lower)) continue;
      if (p.match.startsWith("on P=NUM")) {
        const after = tokens[i + 2];
        if (after && after.sentence === m[0]!.sentence && after.pos === "NOUN") continue;
      }
      if (p.match.startsWith("when|after") && m[0]!.sentence === tokens[i - 1]?.sentence) continue;
      if (
        p.match.startsWith("one of") &&
        (isBase(m.at(-2)!) === false || m.at(-2)!.lower.endsWith("s"))
      )
        continue;
      const covered = m.slice(0, p.cover ?? m.length);
      out.push(issueOver(text, covered[0]!, covered.at(-1)!, p.category, p.message, p.fix(m)));
    }
  }
  return out;
}
