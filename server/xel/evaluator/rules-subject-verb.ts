import type { Issue } from "./issues.ts";
import { SOFT_ADVERBS, isBase, issueOver } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";
import { pastOf, thirdPerson } from "./verb-forms.ts";

/**
 * Agreement between a noun subject and its present verb wherever the subject's noun phrase
 * starts a clause, also with prepositional phrases in between and after a relative pronoun:
 * "The radiators in the living room doesn't work", "if buses is free", "a festival which happen
 * every year". The subject's head is found by walking left from the verb over one noun phrase
 * (determiner, adjectives, nouns) and at most two "of/in/with …" phrases; anything else before
 * it (a verb, a preposition that opens the sentence) means the noun may not be the subject, and
 * the rule stays silent.
 */
const PLURAL_IRREGULAR = new Set(["people", "children", "men", "women", "feet", "teeth", "mice"]);
/** Nouns British English lets take either number, and quantity heads decided by what follows. */
const EITHER = new Set([
  "family",
  "team",
  "government",
  "staff",
  "police",
  "class",
  "group",
  "couple",
  "majority",
  "audience",
  "public",
  "crew",
  "band",
  "company",
  "data",
  "media",
  "lot",
  "lots",
  "number",
  "kind",
  "type",
  "sort",
  "rest",
  "half",
  "part",
  "percent",
  "bunch",
  "variety",
  "pair",
  "series",
  "species",
  "means",
  "none",
  "total",
]);
const NP_INNER = new Set(["DET", "ADJ", "NUM", "NOUN"]);
const POSSESSIVE = /^(?:my|your|his|her|our|their|its)$/;
/** Words after which a noun phrase starts a clause (so it is the subject of what follows). */
const CLAUSE_OPENERS = new Set([
  "if",
  "because",
  "when",
  "while",
  "although",
  "though",
  "that",
  "who",
  "which",
  "whom",
  "but",
  "so",
  "where",
  "unless",
  "whether",
  "since",
  "until",
  "before",
  "after",
  "as",
  "and",
  "or",
]);
/** Verbs that take a clause without "that": "I think people is …". */
const THAT_LESS = new Set(["think", "believe", "know", "say", "hope", "guess", "suppose", "sure"]);

type Number = "sg" | "pl";

/** The present and past of "be" each subject pronoun takes. */
const PRONOUN_BE: Record<string, [string, string]> = {
  i: ["am", "was"],
  he: ["is", "was"],
  she: ["is", "was"],
  it: ["is", "was"],
  we: ["are", "were"],
  you: ["are", "were"],
  they: ["are", "were"],
};
/** A one-word name ("Max", "Tokyo") not ending in -s, alone before its verb. */
const properSingular = (t: Token, before: Token | undefined, after: Token | undefined) =>
  /^[A-Z][a-z]+$/.test(t.text) &&
  !t.text.endsWith("s") &&
  !PLURAL_IRREGULAR.has(t.lower) &&
  !EITHER.has(t.lower) &&
  (before === undefined || before.pos !== "PROPN") &&
  after?.pos !== "PROPN";

function nounNumber(t: Token): Number | null {
  if (t.pos !== "NOUN") return null;
  if (EITHER.has(t.lower) || EITHER.has(t.lemma)) return null;
  if (PLURAL_IRREGULAR.has(t.lower)) return "pl";
  if (!/^[a-z]+$/.test(t.lower)) return null;
  if (t.lower !== t.lemma && t.lower.endsWith("s")) return "pl";
  if (isBase(t) && !t.lower.endsWith("s") && !t.lower.endsWith("ing")) return "sg";
  return null;
}

/** The number the verb shows, and the form the other number would need. */
function verbNumber(v: Token, next: Token | undefined): { n: Number; fix: string } | null {
  const be: Record<string, [Number, string]> = {
    is: ["sg", "are"],
    are: ["pl", "is"],
    was: ["sg", "were"],
    were: ["pl", "was"],
    has: ["sg", "have"],
    have: ["pl", "has"],
    does: ["sg", "do"],
    do: ["pl", "does"],
  };
  const b = be[v.lower];
  if (b && (v.pos === "AUX" || v.pos === "VERB")) return { n: b[0], fix: b[1] };
  if (v.pos !== "VERB" || !/^[a-z]+$/.test(v.lower) || v.lemma === "be") return null;
  // "put", "cut", "read": a bare form can be the past, which agrees with anything.
  if (pastOf(v.lemma) === v.lemma) return null;
  if (isBase(v)) {
    if (next && next.sentence === v.sentence && next.pos === "VERB" && !isBase(next)) return null;
    return { n: "pl", fix: thirdPerson(v.lemma) };
  }
  if (v.lower === thirdPerson(v.lemma) && v.lower.endsWith("s")) return { n: "sg", fix: v.lemma };
  return null;
}

export function subjectVerbRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  const at = (i: number, s: number) => (tokens[i]?.sentence === s ? tokens[i] : undefined);
  /** Start index of the noun phrase whose head is at `h`, or -1 if it is not a plain one. */
  const phraseStart = (h: number, s: number) => {
    let k = h;
    while (at(k - 1, s) && NP_INNER.has(at(k - 1, s)!.pos) && at(k, s)!.pos !== "DET") k--;
    if (at(k - 1, s) && POSSESSIVE.test(at(k - 1, s)!.lower) && at(k, s)!.pos !== "DET") k--;
    return k;
  };
  const opensClause = (b: Token | undefined, s: number, i: number) =>
    !b ||
    (b.pos === "PUNCT" && /^[,;:]$/.test(b.text) && !isListComma(i, s)) ||
    // After "and"/"or" the noun may be a second subject ("my mother and my father are"): only
    // a singular verb is judged there, below.
    CLAUSE_OPENERS.has(b.lower) ||
    (THAT_LESS.has(b.lemma) && b.pos === "VERB");
  // "apples, pears and grapes is": a comma inside a list of nouns does not open a clause.
  const isListComma = (i: number, s: number) => {
    const before = at(i - 1, s);
    return before !== undefined && (before.pos === "NOUN" || before.pos === "ADJ");
  };

  tokens.forEach((v, i) => {
    const s = v.sentence;
    const shown = verbNumber(v, at(i + 1, s));
    if (!shown) return;
    let j = i - 1;
    while (at(j, s) && SOFT_ADVERBS.has(at(j, s)!.lower) && at(j, s)!.lower !== "not") j--;
    let h = j;
    let relative = "";
    const rel = at(j, s);
    if (rel && /^(?:who|which|that)$/.test(rel.lower)) {
      relative = rel.lower;
      h = at(j - 1, s)?.text === "," ? j - 2 : j - 1;
      if (relative === "that" && at(j - 1, s)?.text === ",") return;
    }
    const head0 = at(h, s);
    const pronoun = head0?.pos === "PRON" ? PRONOUN_BE[head0.lower] : undefined;
    // "she are", "When I were younger" (not "if I were", "I wish I were").
    // "My husband and I are": a pronoun after "and"/"or" is part of a longer subject.
    const coordinated = /^(?:and|or|nor)$/.test(at(h - 1, s)?.lower ?? "");
    if (pronoun && /^(?:am|is|are|was|were)$/.test(v.lower) && !relative && !coordinated) {
      const want = /^(?:was|were)$/.test(v.lower) ? pronoun[1] : pronoun[0];
      const wish = tokens
        .slice(0, h)
        .some((t) => t.sentence === s && /^(?:if|wish|though)$/.test(t.lower));
      if (want !== v.lower && !(v.lower === "were" && wish))
        out.push(
          issueOver(text, v, v, "agreement", `With “${head0!.text}” the verb is “${want}”.`, want),
        );
      return;
    }
    if (head0?.pos === "PROPN" && !relative && properSingular(head0, at(h - 1, s), at(h + 1, s))) {
      if (
        shown.n === "pl" &&
        /^(?:[,;]|because|when|but|so|that)$/i.test(at(h - 1, s)?.lower ?? ",")
      )
        out.push(
          issueOver(
            text,
            v,
            v,
            "agreement",
            `“${head0.text}” is one person or thing: the verb is “${shown.fix}”.`,
            shown.fix,
          ),
        );
      return;
    }
    if (!head0 || head0.pos !== "NOUN") return;
    let start = phraseStart(h, s);
    let head = head0;
    // "the alarms found were": a plural noun before the head means the tagger misread a verb.
    for (let k = start; k < h; k++) if (nounNumber(at(k, s)!) === "pl") return;
    // Walk back over "in the living room", "of my friends" to the noun they describe; not after
    // a relative pronoun, which points at the nearest noun ("a platform for teams who want").
    for (let hops = 0; hops < (relative ? 0 : 2); hops++) {
      const before = at(start - 1, s);
      if (!before || before.pos !== "ADP") break;
      const owner = at(start - 2, s);
      if (!owner || owner.pos !== "NOUN") return;
      if (before.lower === "of" && (EITHER.has(owner.lower) || /^(?:one|each)$/.test(owner.lower)))
        return;
      head = owner;
      start = phraseStart(start - 2, s);
    }
    // After a relative pronoun the noun before it is the subject wherever it stands.
    if (!relative && !opensClause(at(start - 1, s), s, start - 1)) return;
    if (relative && at(start - 1, s)?.lower === "of") return; // "one of the students who …"
    // "what it is about mornings that makes me tired": a cleft, not a relative clause.
    if (relative === "that" && at(start - 1, s)?.pos === "ADP") return;
    const n = nounNumber(head);
    if (!n || n === shown.n) return;
    // After ", which" the verb may describe the whole clause before it.
    if (relative === "which" && n === "pl") return;
    // Two subjects: "my mother and my father are".
    const prev = at(start - 1, s);
    if (shown.n === "pl" && prev && /^(?:and|or)$/.test(prev.lower)) return;
    // "The colour of the melon and the pomegranates represents": both inside the "of" phrase,
    // so the noun before "of" is the subject.
    let subject = head.text;
    if (prev && /^(?:and|or)$/.test(prev.lower)) {
      const of = tokens.findLastIndex(
        (t, k) => k < start && k >= start - 7 && t.sentence === s && t.lower === "of",
      );
      const owner = of > 0 ? at(of - 1, s) : undefined;
      // "a lot of students and old people": the quantifier is not the subject.
      if (
        owner?.pos === "NOUN" &&
        !/^(?:lot|lots|plenty|majority|rest|half|couple)$/.test(owner.lower)
      ) {
        const number = nounNumber(owner);
        if (number === null || number === shown.n) return;
        subject = owner.text;
      }
    }
    out.push(
      issueOver(
        text,
        v,
        v,
        "agreement",
        `The subject is “${subject}” (${shown.n === "pl" ? "singular" : "plural"}), so the verb is “${shown.fix}”.`,
        shown.fix,
      ),
    );
  });
  return out;
}
