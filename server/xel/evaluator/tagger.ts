import type { WinkMethods } from "wink-nlp";
import type { Checkers } from "./checkers.ts";

/** One token of the text with its part of speech (Universal POS tags) and character offsets. */
export type Token = {
  text: string;
  lower: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
  sentence: number;
};

type WinkCache = {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
  intrinsicSize: () => number;
};

const isolated = new WeakSet<object>();

/**
 * Makes wink-nlp's tokenizer forget what earlier texts taught it, so the same text always gets
 * the same tokens and tags whatever the process evaluated before.
 *
 * wink adds every out-of-vocabulary form it meets (_person's_, _e-mails_, a misspelling) to an
 * in-memory extension of its lexicon, and its tokenizer does not split a form it finds there: once
 * another text has taught it _student's_, "student's" stays one proper-noun token instead of
 * _student_ + _'s_. The tokenizer asks `cache.lookup()` (a property call on the cache object, on
 * every token) whether a form is known; while tokenizing, we make that answer "unknown" for the
 * learned (out-of-vocabulary) entries, so every form is tokenized as on first sight. Adding a form again
 * still finds its existing entry (`cache.add` uses its own lookup), so the lexicon does not grow
 * with every occurrence, and a learned entry's features are computed from its text alone.
 * Rebuilding the wink instance per text would also do it, but costs ≈430 ms.
 *
 * wink does not expose its cache; each token accessor receives the document data, which carries
 * it, so we read it once through `its.value` (the accessor wink falls back to).
 */
export function isolateLexicon(nlp: WinkMethods): void {
  if (isolated.has(nlp)) return;
  const its = nlp.its as unknown as Record<string, unknown>;
  const value = its.value as (index: number, rdd: { cache: WinkCache }) => string;
  let cache: WinkCache | null = null;
  its.value = (index: number, rdd: { cache: WinkCache }) => {
    cache = rdd.cache;
    return value(index, rdd);
  };
  try {
    nlp.readDoc("a").tokens().out(nlp.its.value);
  } finally {
    its.value = value;
  }
  const found = cache as WinkCache | null;
  if (!found || typeof found.lookup !== "function" || typeof found.intrinsicSize !== "function") {
    throw new Error("wink-nlp's cache is not where tagger.ts expects it (upgraded wink-nlp?)");
  }
  const { lookup, add } = found;
  const intrinsic = found.intrinsicSize();
  // The model's feature extractors call `lookup` while a form is being added (for the part of
  // speech of its lower-case form): they must see the learned entries as they are.
  let adding = 0;
  found.add = (text: string, category: number) => {
    adding += 1;
    try {
      return add(text, category);
    } finally {
      adding -= 1;
    }
  };
  found.lookup = (text: string) => {
    const hit = lookup(text);
    // An index past the model's own lexicon is a form learned from an earlier text.
    if (adding === 0 && hit !== null && hit.length === 1 && (hit[0] ?? 0) >= intrinsic) return null;
    return hit;
  };
  isolated.add(nlp);
}

/**
 * Tags the text with wink-nlp. Its tokenizer is lossless (preceding spaces + token values rebuild
 * the text), so offsets are the running sum; we still check each token against the text so a
 * tokenizer quirk can never produce a span that points at the wrong characters.
 */
export function tagText(checkers: Checkers, text: string): { tokens: Token[]; sentences: number } {
  const { nlp } = checkers;
  isolateLexicon(nlp);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens: Token[] = [];
  let sentenceCount = 0;
  let cursor = 0;
  doc.sentences().each((sentence, index) => {
    sentenceCount = index + 1;
    const values = sentence.tokens().out(its.value);
    const spaces = sentence.tokens().out(its.precedingSpaces);
    const pos = sentence.tokens().out(its.pos);
    // wink's types declare `its.lemma` with a narrower signature than `out()` accepts; it works.
    const lemma = sentence.tokens().out(its.lemma as unknown as typeof its.value);
    values.forEach((value, i) => {
      const at = text.indexOf(value, cursor + (spaces[i]?.length ?? 0));
      if (at < 0) return;
      cursor = at + value.length;
      // "an IT company", "US": a word in capitals is an abbreviation, not the pronoun.
      const tag = /^(?:IT|US)$/.test(value) && pos[i] === "PRON" ? "PROPN" : (pos[i] ?? "X");
      if (tag === "SPACE") return;
      tokens.push({
        text: value,
        lower: value.toLowerCase(),
        pos: tag,
        lemma: (lemma[i] ?? value).toLowerCase(),
        start: at,
        end: at + value.length,
        sentence: index,
      });
    });
  });
  return { tokens, sentences: sentenceCount };
}
