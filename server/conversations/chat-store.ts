import type { ModelMessage } from "ai";
import { loadAi } from "@/server/ai/load";
import { and, desc, eq, sql } from "drizzle-orm";
import { conversations, messages } from "@/db/schema";
import { titleFromMessage } from "@/server/ai/prompts";
import type { ResolvedModel } from "@/server/ai/registry";
import type { AuthedCtx } from "@/server/platform/context";
import { log } from "@/server/platform/logger";
import { requireConversation } from "./access";

// What the chat verb reads and writes besides the answer itself.

const HISTORY_LIMIT = 50;

export type Stored = { conversationId: string; assistantId: string; isFirstExchange: boolean };

export async function loadHistory(ctx: AuthedCtx, conversationId: string): Promise<ModelMessage[]> {
  const rows = await ctx.db
    .select({ role: messages.role, content: messages.content })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.status, "complete")))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(HISTORY_LIMIT);
  return rows.reverse().map((m) => ({ role: m.role, content: m.content }));
}

export /** Stores the question and an empty answer to fill in, in that order. */
async function storeTurns(
  ctx: AuthedCtx,
  conversationId: string,
  isFirstExchange: boolean,
  text: string,
  resolved: ResolvedModel,
): Promise<Stored> {
  const now = Date.now();
  return ctx.db.transaction(async (tx) => {
    await tx.insert(messages).values({
      conversationId,
      userId: ctx.actor.userId,
      role: "user",
      content: text,
      createdAt: new Date(now),
    });
    const [answer] = await tx
      .insert(messages)
      .values({
        conversationId,
        userId: ctx.actor.userId,
        role: "assistant",
        content: "",
        provider: resolved.provider,
        model: resolved.model,
        status: "streaming",
        createdAt: new Date(now + 1),
      })
      .returning({ id: messages.id });
    await tx
      .update(conversations)
      .set({
        messageCount: sql`${conversations.messageCount} + 2`,
        lastMessageAt: new Date(now + 1),
        activityAt: new Date(now + 1),
        provider: resolved.provider,
        model: resolved.model,
        updatedAt: sql`now()`,
      })
      .where(eq(conversations.id, conversationId));
    return { conversationId, assistantId: answer!.id, isFirstExchange };
  });
}

export /** Titles the conversation from its first exchange: by the model when one is connected. */
async function nameConversation(
  ctx: AuthedCtx,
  conversationId: string,
  prompt: ModelMessage[],
  answer: string,
  resolved: ResolvedModel,
): Promise<void> {
  const question = String(prompt.at(-1)?.content ?? "");
  let title = titleFromMessage(question);
  if (!resolved.offline) {
    try {
      const { generateText } = await loadAi();
      const { text } = await generateText({
        model: resolved.languageModel,
        prompt: `Write a title of 2 to 6 words for this conversation. Answer with the title only.\n\nUser: ${question.slice(0, 1000)}\nAssistant: ${answer.slice(0, 1000)}`,
        abortSignal: AbortSignal.timeout(15_000),
        maxRetries: 0,
      });
      const cleaned = text.replace(/^["'\s]+|["'\s.]+$/g, "").slice(0, 80);
      if (cleaned) title = cleaned;
    } catch (error) {
      log.warn("could not title a conversation with the model", {
        request_id: ctx.request.id,
        error,
      });
    }
  }
  await ctx.db
    .update(conversations)
    .set({ title })
    .where(and(eq(conversations.id, conversationId), sql`${conversations.title} is null`));
}

/**
 * Asks a running answer to stop (the stop button). Whichever instance is writing it sees the
 * request at its next save and keeps what it has written so far.
 */
export async function stopAnswer({
  ctx,
  conversationId,
  messageId,
}: {
  ctx: AuthedCtx;
  conversationId: string;
  messageId: string;
}): Promise<void> {
  await requireConversation(ctx, conversationId);
  await ctx.db
    .update(messages)
    .set({ stopRequested: true })
    .where(
      and(
        eq(messages.id, messageId),
        eq(messages.conversationId, conversationId),
        eq(messages.status, "streaming"),
      ),
    );
}
