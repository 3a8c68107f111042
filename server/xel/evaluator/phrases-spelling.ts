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
  {
    match: "L=be|feel|look|seem|get to P=ADJ",
    category: "spelling",
    message: "“Too” (more than enough) has two o’s: “too expensive”.",
    fix: (m) => `${m[0]!.text} too`,
    cover: 2,
  },
  {
    match: "P=VERB to much|many",
    category: "spelling",
    message: "“Too” (more than enough) has two o’s: “too much”.",
    fix: (m) => `${m[0]!.text} too`,
    cover: 2,
  },
  {
    match: "my|your|his|her|our|their live P=PUNCT|ADP",
    category: "spelling",
    message: "The noun is “life”; “live” is the verb.",
    fix: (m) => `${m[0]!.text} life`,
    cover: 2,
  },
  {
    match: "L=develop|start|build|change|begin|pursue my|your|his|her|their|a carrier",
    category: "spelling",
    message: "A working life is a “career”; a “carrier” carries things.",
    fix: (m) => `${m[0]!.text} ${m[1]!.text} career`,
  },
  {
    match: "now a days",
    category: "spelling",
    message: "“Nowadays” is one word.",
    fix: (m) => keep(m, "nowadays"),
  },
  {
    match:
      "less|more|better|worse|faster|slower|bigger|smaller|higher|lower|cheaper|older|younger then",
    category: "spelling",
    message: "Comparisons take “than”; “then” means “after that”.",
    fix: (m) => `${m[0]!.text} than`,
  },
  {
    match: "lets P=VERB",
    category: "punctuation",
    message: "“Let’s” (let us) needs an apostrophe.",
    fix: (m) => `${keep(m, "let's")} ${m[1]!.text}`,
    cover: 1,
    when: (_m, before) => before === undefined,
  },
];
