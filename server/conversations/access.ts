import { and, eq, type SQL } from "drizzle-orm";
import { conversations, notes } from "@/db/schema";
import { requireMembership } from "@/server/organizations/access";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";

/**
 * What the caller may see: their own conversations and notes. An API key sees only those of its
 * organization, since it never reaches beyond it.
 */
export function ownedConversations(ctx: AuthedCtx): SQL {
  const mine = eq(conversations.userId, ctx.actor.userId);
  return ctx.actor.kind === "apiKey"
    ? and(mine, eq(conversations.organizationId, ctx.actor.organizationId))!
    : mine;
}

export function ownedNotes(ctx: AuthedCtx): SQL {
  const mine = eq(notes.userId, ctx.actor.userId);
  return ctx.actor.kind === "apiKey"
    ? and(mine, eq(notes.organizationId, ctx.actor.organizationId))!
    : mine;
}

const conversationNotFound = () => AppError.notFound("Conversation");

/** The organization new things belong to: the key's, or one the user names and belongs to. */
export async function organizationFor(
  ctx: AuthedCtx,
  requested: string | null | undefined,
): Promise<string | null> {
  if (ctx.actor.kind === "apiKey") {
    if (requested && requested !== ctx.actor.organizationId)
      throw AppError.notFound("Organization");
    return ctx.actor.organizationId;
  }
  if (!requested) return null;
  await requireMembership(ctx, requested, "organization.read");
  return requested;
}

/** The conversation, if the caller may see it; otherwise not found, like one that does not exist. */
export async function requireConversation(ctx: AuthedCtx, conversationId: string) {
  const [row] = await ctx.db
    .select()
    .from(conversations)
    .where(and(eq(conversations.id, conversationId), ownedConversations(ctx)));
  if (!row) throw conversationNotFound();
  return row;
}
