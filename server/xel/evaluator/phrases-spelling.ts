import { type Pattern, keep } from "./phrase-kit.ts";

/** Spelling a part-of-speech tag shows: “its” for “it’s”. */
export const SPELLING_PATTERNS: Pattern[] = [
  {
    match:
      "its very|so|really|not|a|an|the|important|necessary|difficult|hard|easy|good|better|true|possible|normal|time",
    category: "spelling",
    message: "“It’s” (it is) needs an apostrophe; “its” means “belonging to it”.",
    fix: (m) => `${keep(m, "it's")} ${m[1]!.text}`,
    // After a preposition it is the possessive: "at its time", "in its very first year".
    when: (_m, before) => before?.pos !== "ADP",
  },
];
