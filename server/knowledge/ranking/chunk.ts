import type { Block } from "../extract/types";

export type Chunk = { content: string; heading: string | null; page: number | null };

export type ChunkOptions = {
  /** Words a chunk aims for: a passage that answers one question, small enough to cite. */
  targetWords: number;
  /** Words carried over from the previous chunk of the same section, so no sentence is cut off from its context. */
  overlapWords: number;
};

export const DEFAULT_CHUNKING: ChunkOptions = { targetWords: 180, overlapWords: 30 };

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Splits a paragraph longer than a chunk at sentence ends, else at word counts. */
function pieces(text: string, max: number): string[] {
  if (words(text).length <= max) return [text];
  const sentences = text.match(/[^.!?]+[.!?]+["')\]]*\s*|[^.!?]+$/g) ?? [text];
  const out: string[] = [];
  let current: string[] = [];
  for (const sentence of sentences) {
    const w = words(sentence);
    if (current.length + w.length > max && current.length > 0) {
      out.push(current.join(" "));
      current = [];
    }
    for (let i = 0; i < w.length; i += max) {
      const part = w.slice(i, i + max);
      if (part.length === max) out.push(part.join(" "));
      else current.push(...part);
    }
  }
  if (current.length) out.push(current.join(" "));
  return out;
}

/**
 * Groups paragraphs into passages: a new heading or page starts a new chunk, paragraphs are kept
 * whole where they fit, and consecutive chunks of one section share `overlapWords` words.
 */
export function chunkBlocks(blocks: Block[], options: ChunkOptions = DEFAULT_CHUNKING): Chunk[] {
  const chunks: Chunk[] = [];
  let current: string[] = [];
  let fresh = 0; // words in `current` not carried over from the previous chunk
  let where: { heading: string | null; page: number | null } | null = null;
  const emit = (carry: boolean) => {
    if (fresh > 0 && where) chunks.push({ content: current.join(" "), ...where });
    current =
      carry && fresh > 0 && options.overlapWords > 0 ? current.slice(-options.overlapWords) : [];
    fresh = 0;
  };
  for (const block of blocks) {
    if (!where || block.heading !== where.heading || block.page !== where.page) {
      emit(false);
      where = { heading: block.heading, page: block.page };
    }
    for (const piece of pieces(block.text, options.targetWords)) {
      const w = words(piece);
      if (fresh > 0 && current.length + w.length > options.targetWords) emit(true);
      current.push(...w);
      fresh += w.length;
    }
  }
  emit(false);
  return chunks;
}

/** Where a chunk is, for people: "Page 3", "Setup › Linux", or both. */
export function locationOf(chunk: { heading: string | null; page: number | null }): string | null {
  const parts = [chunk.page ? `Page ${chunk.page}` : null, chunk.heading].filter(Boolean);
  return parts.length ? parts.join(" · ") : null;
}
