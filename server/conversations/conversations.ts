import { and, asc, desc, eq, sql } from "drizzle-orm";
import { conversations, messages, type ConversationRow, type MessageRow } from "@/db/schema";
import { getRegistry } from "@/server/ai/registry";
import type { AuthedCtx } from "@/server/platform/context";
import { decodeCursor, toPage, type Page, type PageQuery } from "@/server/platform/pagination";
import { organizationFor, ownedConversations, requireConversation } from "./access";
import type { ConversationCreateRequest, ConversationResponse, MessageResponse } from "./schemas";

function toConversationResponse(row: ConversationRow): ConversationResponse {
  return {
    id: row.id,
    title: row.title,
    provider: row.provider,
    model: row.model,
    organization_id: row.organizationId,
    message_count: row.messageCount,
    last_message_at: row.lastMessageAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** The caller's conversations, newest activity first. */
export async function listConversations({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: PageQuery;
}): Promise<Page<ConversationResponse>> {
  const after = decodeCursor(input.cursor, "timestamp");
  const rows = await ctx.db
    .select()
    .from(conversations)
    .where(
      and(
        ownedConversations(ctx),
        after
          ? sql`(${conversations.activityAt}, ${conversations.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(conversations.activityAt), desc(conversations.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, toConversationResponse, (r) => [
    r.activityAt.toISOString(),
    r.id,
  ]);
}

export async function createConversation({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: ConversationCreateRequest;
}): Promise<ConversationResponse> {
  const organizationId = await organizationFor(ctx, input.organization_id);
  // A named provider/model must exist here, so later chats in the conversation can use it.
  if (input.provider) getRegistry().resolve(input.provider, input.model);
  const [row] = await ctx.db
    .insert(conversations)
    .values({
      userId: ctx.actor.userId,
      organizationId,
      title: input.title ?? null,
      provider: input.provider ?? null,
      model: input.model ?? null,
    })
    .returning();
  return toConversationResponse(row!);
}

export async function getConversation({
  ctx,
  conversationId,
}: {
  ctx: AuthedCtx;
  conversationId: string;
}) {
  return toConversationResponse(await requireConversation(ctx, conversationId));
}

export async function renameConversation({
  ctx,
  conversationId,
  title,
}: {
  ctx: AuthedCtx;
  conversationId: string;
  title: string;
}): Promise<ConversationResponse> {
  await requireConversation(ctx, conversationId);
  const [row] = await ctx.db
    .update(conversations)
    .set({ title, updatedAt: sql`now()` })
    .where(and(eq(conversations.id, conversationId), ownedConversations(ctx)))
    .returning();
  return toConversationResponse(row!);
}

/** Deletes the conversation with its messages; notes linked to it stay, unlinked. */
export async function deleteConversation({
  ctx,
  conversationId,
}: {
  ctx: AuthedCtx;
  conversationId: string;
}): Promise<void> {
  await requireConversation(ctx, conversationId);
  await ctx.db
    .delete(conversations)
    .where(and(eq(conversations.id, conversationId), ownedConversations(ctx)));
}

const messageColumns = {
  id: messages.id,
  role: messages.role,
  content: messages.content,
  provider: messages.provider,
  model: messages.model,
  citations: messages.citations,
  status: messages.status,
  createdAt: messages.createdAt,
};

function toMessageResponse(row: Pick<MessageRow, keyof typeof messageColumns>): MessageResponse {
  return {
    id: row.id,
    role: row.role,
    content: row.content,
    provider: row.provider,
    model: row.model,
    citations: row.citations as MessageResponse["citations"],
    status: row.status,
    created_at: row.createdAt.toISOString(),
  };
}

/** A conversation's messages, oldest first. */
export async function listMessages({
  ctx,
  conversationId,
  input,
}: {
  ctx: AuthedCtx;
  conversationId: string;
  input: PageQuery;
}): Promise<Page<MessageResponse>> {
  await requireConversation(ctx, conversationId);
  const after = decodeCursor(input.cursor, "timestamp");
  const rows = await ctx.db
    .select(messageColumns)
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, conversationId),
        after
          ? sql`(${messages.createdAt}, ${messages.id}) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, toMessageResponse, (r) => [r.createdAt.toISOString(), r.id]);
}
