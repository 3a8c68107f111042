import type { Pattern } from "./phrase-kit.ts";
import { isBase } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";

const isPlural = (t: Token) =>
  /^(?:people|children|men|women)$/.test(t.lower) || (!isBase(t) && t.lower.endsWith("s"));

/** Agreement in fixed frames: “each of the … has”. */
export const AGREEMENT_PATTERNS: Pattern[] = [
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
  {
    // "two of them has", "many of my friends lives": the quantifier is plural.
    match: "two|three|four|five|many|several|both|few of them|us|you has|is|was|does",
    category: "agreement",
    message: "The subject is plural: “two of them have”.",
    fix: (m) =>
      `${m[0]!.text} of ${m[2]!.text} ${{ has: "have", is: "are", was: "were", does: "do" }[m[3]!.lower]}`,
  },
  {
    match: "the police is|was|has",
    category: "agreement",
    message: "“The police” is plural: “the police are”.",
    fix: (m) => `${m[0]!.text} police ${{ is: "are", was: "were", has: "have" }[m[2]!.lower]}`,
  },
  {
    match: "police is|was|has",
    category: "agreement",
    message: "“Police” is plural: “the police are”.",
    fix: (m) => `The police ${{ is: "are", was: "were", has: "have" }[m[1]!.lower]}`,
    when: (_m, before) => before === undefined,
  },
  // "there was a lot of students", "there was already a lot of people", "there is not many jobs"
  ...["a lot of", "already|still|also a lot of", "not|n't many|several|enough"].map(
    (between): Pattern => ({
      match: `there is|was ${between} P=NOUN`,
      category: "agreement",
      message: "With a plural noun after it, the verb is plural: “there were a lot of students”.",
      fix: (m) => `${m[0]!.text} ${m[1]!.lower === "is" ? "are" : "were"}`,
      cover: 2,
      when: (m) => isPlural(m.at(-1)!),
    }),
  ),
];
