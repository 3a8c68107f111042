/**
 * Plain-text measures that need no tagger: word and sentence spans with character offsets into
 * the original text, syllables, readability and lexical diversity. Offsets are UTF-16 indices, the
 * same as JavaScript strings and the API's `issues[].start/end`.
 */

export type Span = { start: number; end: number };
export type WordSpan = Span & { text: string; lower: string };

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

export function words(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

/** Sentences end at . ! ? (and at blank lines, which learners use instead of full stops). */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["'”’)]*|\n|$)/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!/[A-Za-z]/.test(body)) continue;
    const start = m.index + lead;
    out.push({ start, end: start + body.length });
  }
  return out;
}

export function paragraphs(text: string): number {
  return text.split(/\n\s*\n|\n(?=\s*\S)/).filter((p) => /[A-Za-z]/.test(p)).length;
}

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Flesch–Kincaid grade level. */
export function fleschKincaidGrade(wordCount: number, sentenceCount: number, syll: number) {
  if (wordCount === 0 || sentenceCount === 0) return 0;
  return 0.39 * (wordCount / sentenceCount) + 11.8 * (syll / wordCount) - 15.59;
}

/** Flesch reading ease (higher is easier). */
export function fleschReadingEase(wordCount: number, sentenceCount: number, syll: number) {
  if (wordCount === 0 || sentenceCount === 0) return 0;
  return 206.835 - 1.015 * (wordCount / sentenceCount) - 84.6 * (syll / wordCount);
}

/**
 * MTLD (McCarthy & Jarvis 2010): the mean length of stretches of text whose type–token ratio stays
 * above 0.72, averaged over a forward and a backward pass. Unlike the raw TTR it does not fall
 * simply because a text is longer.
 */
export function mtld(tokens: readonly string[], threshold = 0.72): number {
  if (tokens.length === 0) return 0;
  const pass = (seq: readonly string[]) => {
    let factors = 0;
    let types = new Set<string>();
    let count = 0;
    for (const t of seq) {
      types.add(t);
      count++;
      if (types.size / count <= threshold) {
        factors++;
        types = new Set();
        count = 0;
      }
    }
    if (count > 0) factors += (1 - types.size / count) / (1 - threshold);
    return factors === 0 ? seq.length : seq.length / factors;
  };
  return (pass(tokens) + pass([...tokens].reverse())) / 2;
}

export function typeTokenRatio(tokens: readonly string[]): number {
  return tokens.length === 0 ? 0 : new Set(tokens).size / tokens.length;
}

/** Root TTR (Guiraud): types / √tokens, less dependent on length than the TTR. */
export function rootTypeTokenRatio(tokens: readonly string[]): number {
  return tokens.length === 0 ? 0 : new Set(tokens).size / Math.sqrt(tokens.length);
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function standardDeviation(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

// A letter's closing name: the last line, or what follows a closing formula ("Yours sincerely,"),
// with perhaps a note in brackets after it ("Rahim (Flat 3B)").
const SIGNATURE =
  /(?:\n|(?:[Yy]ours (?:sincerely|faithfully|truly)|(?:[Bb]est|[Kk]ind|[Ww]arm) (?:wishes|regards)|[Rr]egards|[Ll]ove|[Cc]heers)[,.]?[ \t]+)[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})(?:[ \t]*\([^()\n]{1,40}\))?\s*$/du;

/** Whether `start` lies in the one to three capitalised words that sign a letter ("Ana Morales"). */
export function isSignature(text: string, start: number): boolean {
  const found = SIGNATURE.exec(text)?.indices;
  const name = found?.[1];
  return name !== undefined && start >= name[0] && start < found![0]![1];
}
