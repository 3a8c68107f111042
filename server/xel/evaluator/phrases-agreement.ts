import type { Pattern } from "./phrase-kit.ts";

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
];
