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

/**
 * Tags the text with wink-nlp. Its tokenizer is lossless (preceding spaces + token values rebuild
 * the text), so offsets are the running sum; we still check each token against the text so a
 * tokenizer quirk can never produce a span that points at the wrong characters.
 */
export function tagText(checkers: Checkers, text: string): { tokens: Token[]; sentences: number } {
  const { nlp } = checkers;
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
      const tag = pos[i] ?? "X";
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
