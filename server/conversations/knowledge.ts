import type { Passage } from "@/server/ai/offline-tutor";
import type { AuthedCtx } from "@/server/platform/context";

/** Finds passages of the caller's knowledge base for a question, best first. */
export type RetrievePassages = (
  ctx: AuthedCtx,
  question: string,
  limit: number,
) => Promise<Passage[]>;

/**
 * The seam where the knowledge base plugs in. Until documents can be uploaded there is nothing to
 * retrieve, so `use_knowledge` finds no passages, and answers say so rather than invent sources.
 */
export const retrieveFromKnowledgeBase: RetrievePassages = async () => [];
