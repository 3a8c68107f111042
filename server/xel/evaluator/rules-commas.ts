import type { Issue } from "./issues.ts";
import { issueOver } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";

/** Verbs of saying and thinking, whose "that" clause takes no comma. */
const THAT_VERBS = new Set([
  "think",
  "believe",
  "know",
  "say",
  "hope",
  "feel",
  "agree",
  "mean",
  "notice",
  "realise",
  "realize",
  "suppose",
  "understand",
  "admit",
  "explain",
  "decide",
  "find",
]);
/** Words that make the part before a comma a subordinate clause or an opener, not a sentence. */
const SUBORDINATORS = new Set([
  "if",
  "when",
  "whenever",
  "although",
  "though",
  "because",
  "while",
  "as",
  "since",
  "after",
  "before",
  "unless",
  "once",
  "whether",
  "until",
  "so",
  "that",
  "which",
  "who",
  "where",
  "what",
  "how",
]);

/**
 * Commas learners put where English has none: "I think, that …" (no comma before a reported
 * "that") and the comma splice "We spend hours on our phones, this is a problem" (two sentences
 * joined by a comma).
 */
export function commaRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [...closingComma(text), ...questionMarks(text, tokens)];
  tokens.forEach((t, i) => {
    // "moved to Paris where she studied": a clause about a place or person named after "to",
    // "in", "from" or "at" adds to the name (names of products are left alone: "an API which").
    const rel = tokens[i + 1];
    if (
      t.pos === "PROPN" &&
      /^(?:to|in|from|at)$/.test(tokens[i - 1]?.lower ?? "") &&
      rel?.sentence === t.sentence &&
      /^(?:who|where)$/.test(rel.lower) &&
      tokens[i + 2]?.sentence === t.sentence &&
      ["PRON", "DET", "NOUN", "PROPN", "AUX", "VERB"].includes(tokens[i + 2]!.pos) &&
      !/\?\s*$/.test(text.slice(rel.end, text.indexOf(".", rel.end) + 1 || undefined))
    )
      out.push(
        issueOver(
          text,
          t,
          rel,
          "punctuation",
          `A comma goes before “${rel.lower}” here: the clause adds something about ${t.text}.`,
          `${t.text}, ${rel.text}`,
        ),
      );
    if (t.text !== ",") return;
    const before = tokens[i - 1];
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (!before || !next || !after || before.sentence !== t.sentence) return;
    if (next.sentence !== t.sentence || after.sentence !== t.sentence) return;
    // "think, that sleep is" — but not "I know, that is true" ("that" as the subject).
    if (
      before.pos === "VERB" &&
      THAT_VERBS.has(before.lemma) &&
      next.lower === "that" &&
      after.pos !== "AUX" &&
      after.pos !== "VERB"
    ) {
      out.push(
        issueOver(
          text,
          before,
          t,
          "punctuation",
          "No comma before “that” after a verb of saying or thinking.",
          before.text,
        ),
      );
      return;
    }
    // ", this is a problem", ", now we see", ", the problem is": a second sentence after a
    // whole first one.
    const second = secondSentence(tokens, i + 1, t.sentence);
    if (!second) return;
    const clause = tokens.slice(0, i).filter((u) => u.sentence === t.sentence);
    // "… not only fast, it's also accurate" is an accepted pair.
    if (
      clause[0]!.pos === "ADP" ||
      clause.some(
        (u) => SUBORDINATORS.has(u.lower) || u.pos === "SCONJ" || /^[,()]$/.test(u.text),
      ) ||
      /\bnot only\b/i.test(text.slice(clause[0]!.start, t.start))
    )
      return;
    if (!isWholeClause(clause)) return;
    // "A looks different, B tastes bad, and C became serious": a list of clauses.
    const rest = tokens.slice(i + 1).filter((u) => u.sentence === t.sentence);
    if (rest.some((u, k) => u.text === "," && /^(?:and|or)$/.test(rest[k + 1]?.lower ?? "")))
      return;
    const head = tokens[i + 1]!;
    out.push(
      issueOver(
        text,
        t,
        head,
        "punctuation",
        "Two sentences joined by a comma: end the first with a full stop, or join them with “and” or “because”.",
        `. ${head.text[0]!.toUpperCase()}${head.text.slice(1)}`,
      ),
    );
  });
  return out;
}

const SUBJECT_PRONOUN = /^(?:i|you|he|she|it|we|they|this|there)$/;
const LINK_ADVERBS = /^(?:now|luckily|unfortunately|then|suddenly|however|also|fortunately)$/;
/** A comment tagged on after a comma: "…, I think." */
const TAG_COMMENT = /^(?:think|guess|believe|mean|know|hope|suppose)$/;

/** Whether the words from `k` open a sentence of their own: [adverb] subject verb. */
function secondSentence(tokens: Token[], k: number, sentence: number): boolean {
  const at = (n: number) => (tokens[n]?.sentence === sentence ? tokens[n] : undefined);
  if (LINK_ADVERBS.test(at(k)?.lower ?? "") && at(k + 1)?.pos !== "PUNCT") k++;
  const s = at(k);
  if (!s) return false;
  const pronoun = s.pos === "PRON" && SUBJECT_PRONOUN.test(s.lower);
  const nounPhrase = s.pos === "DET" && /^(?:the|this|my|our|his|her|their)$/.test(s.lower);
  if (!pronoun && !nounPhrase) return false;
  // The verb: right after the pronoun, or after "the (big) problem".
  let v = k + 1;
  if (nounPhrase) {
    while (at(v)?.pos === "ADJ") v++;
    if (at(v)?.pos !== "NOUN") return false;
    v++;
  }
  const verb = at(v);
  if (!verb || (verb.pos !== "AUX" && verb.pos !== "VERB") || verb.lower.endsWith("ing"))
    return false;
  // "…, I think." at the end is a comment, not a sentence.
  if (TAG_COMMENT.test(verb.lemma) && (!at(v + 1) || at(v + 1)!.pos === "PUNCT")) return false;
  return true;
}

/** A clause with a subject, a finite verb and at least one word after the verb. */
function isWholeClause(clause: Token[]): boolean {
  const finite = clause.findIndex(
    (u, k) =>
      (u.pos === "VERB" || u.pos === "AUX") &&
      !u.lower.endsWith("ing") &&
      clause[k - 1]?.lower !== "to" &&
      clause.slice(0, k).some((s) => ["PRON", "NOUN", "PROPN"].includes(s.pos)),
  );
  return finite >= 0 && clause.length - finite >= 2;
}

const CLOSING =
  /\b(?:(?:Best|Kind|Warm) (?:regards|wishes)|Yours (?:sincerely|faithfully|truly)|Many thanks)(?=[ \t]+\p{Lu})/gu;

/** "Best regards Lucía" → "Best regards, Lucía". */
function closingComma(text: string): Issue[] {
  return [...text.matchAll(CLOSING)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    category: "punctuation" as const,
    message: "A comma goes after the closing words of a letter.",
    suggestion: `${m[0]},`,
  }));
}

/** "Is it difficult to find a place." → "?": a question that ends with a full stop. */
function questionMarks(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    if (before && before.sentence === t.sentence) return;
    const subject = tokens[i + 1];
    if (subject?.sentence !== t.sentence) return;
    const be = /^(?:is|are|was|were)$/.test(t.lower) && ["PRON", "DET"].includes(subject.pos);
    const aux =
      /^(?:do|does|did|have|has)$/.test(t.lower) &&
      subject.pos === "PRON" &&
      /^(?:i|you|he|she|it|we|they)$/.test(subject.lower);
    if (!be && !aux) return;
    let end = i;
    while (tokens[end + 1]?.sentence === t.sentence) end++;
    const last = tokens[end]!;
    // "node.js" is no sentence end.
    if (last.text === "." && !/^\S/.test(text.slice(last.end)) && end - i >= 3)
      out.push(
        issueOver(text, last, last, "punctuation", "This is a question: end it with “?”.", "?"),
      );
  });
  return out;
}
