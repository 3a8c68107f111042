import type { Issue, IssueCategory } from "./issues.ts";
import { isBase, issueOver, keepCase } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";
import { ADJECTIVE_OF } from "./word-lists.ts";

/**
 * Phrase patterns for the learner errors a part-of-speech tag makes visible. A pattern is words
 * separated by spaces; each word lists alternatives with "|"; `L=` tests the lemma, `P=` the tag,
 * `!` negates. `fix` gets the matched tokens and returns the replacement for the whole match.
 * The pattern lists live in phrases-<category>.ts; rules-phrases.ts runs them all.
 */
export type Pattern = {
  match: string;
  category: IssueCategory;
  message: string;
  fix: (m: Token[]) => string;
  /** How many matched tokens the issue covers from the start (default: all). */
  cover?: number;
  /** How many matched tokens (context, not error) the issue leaves out at the start. */
  skip?: number;
  /** A further test on the matched tokens, the one before them, and all before them in the sentence. */
  when?: (m: Token[], before: Token | undefined, earlier: Token[]) => boolean;
};

export const keep = (m: Token[], s: string) => keepCase(m[0]!.text, s);
export const prep = (match: string, fix: string, message: string, cover?: number): Pattern => ({
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

function tokenMatches(part: string, t: Token | undefined): boolean {
  if (!t) return false;
  if (part.startsWith("!")) return !tokenMatches(part.slice(1), t);
  if (part.startsWith("L=")) return part.slice(2).split("|").includes(t.lemma);
  if (part.startsWith("P=")) return part.slice(2).split("|").includes(t.pos);
  return part.split("|").includes(t.lower);
}

/**
 * A plural that describes the noun after it, as in "an options object", "a sports car" or "a
 * savings account": the article goes with that singular noun.
 */
function isNounAdjunct(next: Token | undefined, plural: Token): boolean {
  return (
    next !== undefined &&
    next.sentence === plural.sentence &&
    next.pos === "NOUN" &&
    !next.lower.endsWith("s") &&
    !/^(?:yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|week|month|year)$/.test(
      next.lower,
    )
  );
}

function earlierInSentence(tokens: Token[], i: number): Token[] {
  let k = i;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[i]!.sentence) k--;
  return tokens.slice(k, i);
}

/** Every match of the patterns, with the guards some patterns need beyond their words. */
export function matchPatterns(text: string, tokens: Token[], patterns: Pattern[]): Issue[] {
  const compiled = patterns.map((p) => ({ ...p, parts: p.match.split(" ") }));
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
        (isBase(m[1]!) || !m[1]!.lower.endsWith("s") || isNounAdjunct(tokens[i + 2], m[1]!))
      )
        continue;
      // A capital "A" inside a sentence names something ("if A calls B"): it is no article.
      if (
        p.match.startsWith("a|an ") &&
        m[0]!.text === "A" &&
        tokens[i - 1]?.sentence === m[0]!.sentence
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
      if (p.match === "more P=ADJ|ADV" && (isBase(m[1]!) || !/er$/.test(m[1]!.lower))) continue;
      if (p.match === "most P=ADJ" && (isBase(m[1]!) || !/est$/.test(m[1]!.lower))) continue;
      if (p.match.startsWith("on P=NUM") && !/^(?:1[89]|20)\d\d$/.test(m[1]!.lower)) continue;
      if (p.match.startsWith("on P=NUM")) {
        const after = tokens[i + 2];
        if (after && after.sentence === m[0]!.sentence && after.pos === "NOUN") continue;
      }
      // Mid-sentence, "when"/"if" may open a reported question ("I don't know when he will
      // come"); "after", "before", "until", "once", "unless" open a time clause wherever they are.
      if (
        p.match.startsWith("when|after") &&
        /^(?:when|if)$/.test(m[0]!.lower) &&
        m[0]!.sentence === tokens[i - 1]?.sentence
      )
        continue;
      if (
        p.match.startsWith("one of") &&
        (isBase(m.at(-2)!) === false || m.at(-2)!.lower.endsWith("s"))
      )
        continue;
      const before = tokens[i - 1]?.sentence === m[0]!.sentence ? tokens[i - 1] : undefined;
      if (p.when && !p.when(m, before, earlierInSentence(tokens, i))) continue;
      const covered = m.slice(p.skip ?? 0, p.cover ?? m.length);
      out.push(issueOver(text, covered[0]!, covered.at(-1)!, p.category, p.message, p.fix(m)));
    }
  }
  return out;
}
