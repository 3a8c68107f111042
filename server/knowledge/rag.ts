import { loadAi } from "@/server/ai/load";
import type { Passage } from "@/server/ai/offline-tutor";
import { systemPrompt } from "@/server/ai/prompts";
import { getRegistry, type Registry } from "@/server/ai/registry";
import type { AuthedCtx } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { log } from "@/server/platform/logger";
import type { RagQueryResponse } from "./schemas";
import { searchKnowledge, type SearchInput } from "./search";

/** Passages for a question, as the chat and the answer verb hand them to a model. */
export async function retrievePassages(
  ctx: AuthedCtx,
  input: SearchInput,
): Promise<(Passage & { chunk_id: string; location: string | null; score: number })[]> {
  const { results } = await searchKnowledge({ ctx, input });
  return results.map((r) => ({
    document_id: r.document_id,
    chunk_id: r.chunk_id,
    title: r.document_title,
    // The whole passage: the model needs the context, and a citation opens to it.
    snippet: r.content,
    location: r.location,
    score: r.score,
  }));
}

/**
 * A synthesized answer to a question from the caller's documents, citing the passages it used as
 * [n]. With no language model configured the offline tutor composes it from the passages.
 */
export async function answerFromKnowledge({
  ctx,
  input,
  registry = getRegistry(),
}: {
  ctx: AuthedCtx;
  input: SearchInput & { provider: string; model?: string };
  registry?: Registry;
}): Promise<RagQueryResponse> {
  const resolved = registry.resolve(input.provider, input.model);
  const passages = await retrievePassages(ctx, input);
  let text: string;
  try {
    const { generateText } = await loadAi();
    ({ text } = await generateText({
      model: resolved.languageModel,
      system: systemPrompt({ passages }),
      prompt: input.query,
      abortSignal: AbortSignal.timeout(getEnv().AI_TIMEOUT_SECONDS * 1000),
      maxRetries: 1,
      providerOptions: { xentree: { passages, searchedKnowledge: true } },
    }));
  } catch (error) {
    log.warn("knowledge answer failed", { provider: resolved.provider, error });
    throw new AppError("provider_unavailable", "The AI provider did not answer; try again", {
      cause: error,
    });
  }
  return {
    query: input.query,
    answer: text,
    provider: resolved.provider,
    model: resolved.model,
    citations: passages.map((p) => ({
      document_id: p.document_id,
      title: p.title,
      chunk_id: p.chunk_id,
      snippet: p.snippet,
      location: p.location,
      score: p.score,
    })),
  };
}
