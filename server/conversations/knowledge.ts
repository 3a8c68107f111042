import type { Passage } from "@/server/ai/offline-tutor";
import { retrievePassages } from "@/server/knowledge/rag";
import type { AuthedCtx } from "@/server/platform/context";

/** Finds passages of the caller's knowledge base for a question, best first. */
export type RetrievePassages = (
  ctx: AuthedCtx,
  question: string,
  limit: number,
) => Promise<Passage[]>;

/** The chat's retrieval: every document the caller may read, ranked by the knowledge search. */
export const retrieveFromKnowledgeBase: RetrievePassages = (ctx, question, limit) =>
  retrievePassages(ctx, { query: question, limit, scope: "all" });
