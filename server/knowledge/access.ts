import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { documents, memberships } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";

export const documentNotFound = () => AppError.notFound("Document");

/**
 * The organizations whose shared documents the caller sees: an API key, its own only; a user,
 * every organization they belong to now (leaving one hides its documents at once).
 */
export async function visibleOrganizations(ctx: AuthedCtx): Promise<string[]> {
  if (ctx.actor.kind === "apiKey") return [ctx.actor.organizationId];
  const rows = await ctx.db
    .select({ id: memberships.organizationId })
    .from(memberships)
    .where(eq(memberships.userId, ctx.actor.userId));
  return rows.map((r) => r.id);
}

/**
 * Documents the caller may read: a user's own (private or shared) and those shared with their
 * organizations; an API key, only those shared with its organization.
 */
export function visibleDocuments(ctx: AuthedCtx, organizations: string[]): SQL {
  const shared = organizations.length
    ? inArray(documents.organizationId, organizations)
    : sql`false`;
  return ctx.actor.kind === "apiKey" ? shared : or(eq(documents.userId, ctx.actor.userId), shared)!;
}

export async function requireVisibleDocument(ctx: AuthedCtx, documentId: string) {
  const organizations = await visibleOrganizations(ctx);
  const [row] = await ctx.db
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), visibleDocuments(ctx, organizations)));
  if (!row) throw documentNotFound();
  return row;
}

/** A document the caller may change: one they uploaded (a key: within its organization). */
export async function requireOwnDocument(ctx: AuthedCtx, documentId: string) {
  const row = await requireVisibleDocument(ctx, documentId);
  if (row.userId !== ctx.actor.userId)
    throw new AppError("forbidden", "Only the person who uploaded this document may change it");
  return row;
}
