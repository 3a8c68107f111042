import type { Pattern } from "./phrase-kit.ts";

/** Word order: “very much” before the object, “enough” before an adjective. */
export const WORD_ORDER_PATTERNS: Pattern[] = [
  {
    match: "L=like|love|enjoy very much P=NOUN|PROPN",
    category: "word_order",
    message: "Put “very much” after the object.",
    fix: (m) => `${m[0]!.text} ${m[3]!.text} very much`,
  },
  {
    match: "L=like|love|enjoy very much the|this|that|my|your|his|her|our|their P=NOUN",
    category: "word_order",
    message: "Put “very much” after the object.",
    fix: (m) => `${m[0]!.text} ${m[3]!.text} ${m[4]!.text} very much`,
  },
  {
    match: "enough P=ADJ !P=NOUN",
    category: "word_order",
    message: "“Enough” comes after an adjective.",
    fix: (m) => `${m[1]!.text} enough`,
    cover: 2,
  },
];
