import type { Pattern } from "./phrase-kit.ts";
import { pastOf, thirdPerson } from "./verb-forms.ts";

/** Tense in fixed frames: “when … will”, state verbs in the -ing form. */
export const TENSE_PATTERNS: Pattern[] = [
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
];
