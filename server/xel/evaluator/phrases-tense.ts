import type { Pattern } from "./phrase-kit.ts";
import { pastOf, thirdPerson } from "./verb-forms.ts";

/** Tense in fixed frames: “when … will”, state verbs in the -ing form. */
export const TENSE_PATTERNS: Pattern[] = [
  {
    match: "i write to|this you|email|letter",
    category: "tense",
    message: "For what you are doing now, use the present continuous: “I am writing”.",
    fix: () => "I am writing",
    cover: 2,
    when: (_m, before) => before === undefined || before.text === ",",
  },
  {
    match: "when|after|before|until|once|if|unless P=PRON will P=VERB",
    category: "tense",
    message: "In a time or “if” clause (“when …”, “if …”), use the present tense for the future.",
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
  {
    match: "do|does|did n't|not can",
    category: "modal",
    message: "“Can” has no “do”: say “could not” (past) or “cannot”.",
    fix: (m) => (m[0]!.lower === "did" ? "could not" : "cannot"),
  },
  {
    match: "when|after|before|until|once|if|unless P=PRON will not|n't P=VERB",
    category: "tense",
    message: "In a time or “if” clause (“when …”, “if …”), use the present tense for the future.",
    fix: (m) =>
      `${m[0]!.text} ${m[1]!.text} ${/^(?:he|she|it)$/.test(m[1]!.lower) ? "does" : "do"} not ${m[4]!.lemma}`,
    when: (m, before) => !/^(?:when|if)$/.test(m[0]!.lower) || before === undefined,
  },
  {
    match: "grateful|happy|pleased|glad|thankful if P=PRON can",
    category: "modal",
    message: "After “I would be grateful if”, use “could”.",
    fix: () => "could",
    skip: 3,
    // Only in the polite frame "would be grateful if …".
    when: (_m, _before, earlier) => earlier.some((t) => t.lower === "would" || t.lower === "'d"),
  },
  {
    match: "nobody|nothing|noone could|can|did|does|would|was|is n't|not",
    category: "grammar",
    message: "“Nobody” is already negative: “Nobody could believe it”.",
    fix: (m) => `${m[0]!.text} ${m[1]!.text}`,
  },
  {
    match: "when|after|before|until|once|if|unless P=NOUN will P=VERB",
    category: "tense",
    message: "In a time or “if” clause (“when …”, “if …”), use the present tense for the future.",
    fix: (m) =>
      `${m[0]!.text} ${m[1]!.text} ${m[1]!.lower.endsWith("s") || /^(?:people|children)$/.test(m[1]!.lower) ? m[3]!.lemma : thirdPerson(m[3]!.lemma)}`,
  },
  {
    match: "can|could|will|should able to",
    category: "modal",
    message: "“Able” needs “be”: “will be able to” (or just “can”).",
    fix: (m) => `${m[0]!.lower === "can" ? "will" : m[0]!.text} be able to`,
  },
  {
    match: "L=request for P=DET",
    category: "preposition",
    message: "The verb “request” takes a direct object: “request an extension”.",
    fix: (m) => m[0]!.text,
    cover: 2,
    when: (m) => m[0]!.pos === "VERB",
  },
];
