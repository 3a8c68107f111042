import type { ModelMessage } from "ai";
import { loadAi } from "@/server/ai/load";
import { eq, sql } from "drizzle-orm";
import { conversations, messages } from "@/db/schema";
import type { Passage } from "@/server/ai/offline-tutor";
import { systemPrompt } from "@/server/ai/prompts";
import { getRegistry, type Registry, type ResolvedModel } from "@/server/ai/registry";
import type { AuthedCtx } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { log } from "@/server/platform/logger";
import { requireConversation } from "./access";
import { loadHistory, nameConversation, storeTurns, type Stored } from "./chat-store";
import { countChatMessage } from "./chat-limits";
import { retrieveFromKnowledgeBase, type RetrievePassages } from "./knowledge";
import type { ChatRequest, ChatResponse } from "./schemas";

const FLUSH_EVERY_MS = 400;

export type ChatDeps = { registry?: Registry; retrieve?: RetrievePassages };

/** An answer being written: deltas for whoever listens, and the whole answer at the end. */
export type ChatRun = {
  conversationId: string | null;
  /** The stored answer's id (null for stateless calls): what the stop button names. */
  messageId: string | null;
  /** Calls `onDelta` with each new piece of text; returns a function that stops listening. */
  subscribe(onDelta: (text: string) => void): () => void;
  result: Promise<ChatResponse>;
};

/**
 * Starts answering a chat message. The answer is produced in the background, independent of the
 * caller: if the client goes away the answer is still completed and stored, and a reader of the
 * conversation sees it grow (the stored answer is `streaming` until it is complete).
 */
export async function startChat({
  ctx,
  input,
  deps = {},
}: {
  ctx: AuthedCtx;
  input: ChatRequest;
  deps?: ChatDeps;
}): Promise<ChatRun> {
  const registry = deps.registry ?? getRegistry();
  const conversation = input.conversation_id
    ? await requireConversation(ctx, input.conversation_id)
    : null;
  const resolved = registry.resolve(
    input.provider === "auto" && !input.model && conversation?.provider
      ? conversation.provider
      : input.provider,
    input.model ?? (input.provider === "auto" ? null : conversation?.model),
  );
  await countChatMessage(ctx);

  const history: ModelMessage[] = conversation
    ? await loadHistory(ctx, conversation.id)
    : (input.conversation_history ?? []).map((m) => ({ role: m.role, content: m.content }));
  const passages = input.use_knowledge
    ? await (deps.retrieve ?? retrieveFromKnowledgeBase)(ctx, input.message, 5)
    : [];
  const stored = conversation
    ? await storeTurns(
        ctx,
        conversation.id,
        conversation.messageCount === 0,
        input.message,
        resolved,
      )
    : null;

  const listeners = new Set<(text: string) => void>();
  const result = produce(ctx, {
    resolved,
    stored,
    passages,
    prompt: [...history, { role: "user", content: input.message }],
    language: input.user_language ?? null,
    searchedKnowledge: input.use_knowledge,
    onDelta: (text) => listeners.forEach((l) => l(text)),
  });
  // Nobody may be waiting any more (the client left); the failure is logged in produce().
  result.catch(() => {});
  return {
    conversationId: stored?.conversationId ?? null,
    messageId: stored?.assistantId ?? null,
    subscribe(onDelta) {
      listeners.add(onDelta);
      return () => listeners.delete(onDelta);
    },
    result,
  };
}

async function produce(
  ctx: AuthedCtx,
  job: {
    resolved: ResolvedModel;
    stored: Stored | null;
    passages: Passage[];
    prompt: ModelMessage[];
    language: string | null;
    searchedKnowledge: boolean;
    onDelta: (text: string) => void;
  },
): Promise<ChatResponse> {
  const { resolved, stored, passages } = job;
  const citations = passages.map((p) => ({
    document_id: p.document_id,
    title: p.title,
    snippet: p.snippet,
    ...(p.chunk_id && { chunk_id: p.chunk_id, location: p.location ?? null }),
  }));
  let text = "";
  let flushedAt = Date.now();
  const stop = new AbortController();
  try {
    const { streamText } = await loadAi();
    const stream = streamText({
      model: resolved.languageModel,
      system: systemPrompt({ language: job.language, passages }),
      messages: job.prompt,
      // Only the timeout stops an answer: a client that leaves does not.
      abortSignal: AbortSignal.any([
        AbortSignal.timeout(getEnv().AI_TIMEOUT_SECONDS * 1000),
        stop.signal,
      ]),
      maxRetries: 1,
      providerOptions: { xentree: { passages, searchedKnowledge: job.searchedKnowledge } },
    });
    let usage: ChatResponse["usage"] = null;
    for await (const part of stream.fullStream) {
      if (part.type === "text-delta") {
        text += part.text;
        job.onDelta(part.text);
        if (stored && Date.now() - flushedAt > FLUSH_EVERY_MS) {
          flushedAt = Date.now();
          const [saved] = await ctx.db
            .update(messages)
            .set({ content: text })
            .where(eq(messages.id, stored.assistantId))
            .returning({ stopRequested: messages.stopRequested });
          if (saved?.stopRequested) stop.abort();
        }
      } else if (part.type === "error") {
        throw part.error;
      } else if (part.type === "abort") {
        // Stopped by the user: the answer so far is the answer. Otherwise the timeout struck.
        if (stop.signal.aborted) break;
        throw new Error("the model did not answer in time");
      } else if (part.type === "finish") {
        const u = part.totalUsage;
        usage =
          u.inputTokens === undefined && u.outputTokens === undefined
            ? null
            : {
                input_tokens: u.inputTokens ?? 0,
                output_tokens: u.outputTokens ?? 0,
                total_tokens: u.totalTokens ?? (u.inputTokens ?? 0) + (u.outputTokens ?? 0),
              };
      }
    }
    if (stored) {
      await ctx.db
        .update(messages)
        .set({ content: text, status: "complete", citations, usage })
        .where(eq(messages.id, stored.assistantId));
      if (stored.isFirstExchange)
        await nameConversation(ctx, stored.conversationId, job.prompt, text, resolved);
    }
    return {
      content: text,
      provider: resolved.provider,
      model: resolved.model,
      usage,
      conversation_id: stored?.conversationId ?? null,
      message_id: stored?.assistantId ?? null,
      citations,
    };
  } catch (error) {
    log.error("chat answer failed", {
      request_id: ctx.request.id,
      provider: resolved.provider,
      model: resolved.model,
      error,
    });
    // The question stays; the unfinished answer goes, so a retry starts clean.
    if (stored) {
      await ctx.db.delete(messages).where(eq(messages.id, stored.assistantId));
      await ctx.db
        .update(conversations)
        .set({ messageCount: sql`${conversations.messageCount} - 1` })
        .where(eq(conversations.id, stored.conversationId));
    }
    throw new AppError(
      "provider_unavailable",
      `${resolved.provider} did not answer; your message was kept, try again`,
      {
        cause: error,
        details: { conversation_id: stored?.conversationId ?? null },
      },
    );
  }
}
