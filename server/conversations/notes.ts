import { and, desc, eq, sql } from "drizzle-orm";
import { notes, type NoteRow } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { decodeCursor, toPage, type Page } from "@/server/platform/pagination";
import { ownedNotes, requireConversation } from "./access";
import type { NoteRequest, NoteResponse, NotesQuery } from "./schemas";

const noteColumns = {
  id: notes.id,
  title: notes.title,
  content: notes.content,
  conversationId: notes.conversationId,
  organizationId: notes.organizationId,
  createdAt: notes.createdAt,
  updatedAt: notes.updatedAt,
};

function toResponse(row: Pick<NoteRow, keyof typeof noteColumns>): NoteResponse {
  return {
    id: row.id,
    title: row.title,
    content: row.content,
    conversation_id: row.conversationId,
    organization_id: row.organizationId,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

const noteNotFound = () => AppError.notFound("Note");

/** The caller's notes, most recently changed first; optionally those of one conversation. */
export async function listNotes({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: NotesQuery;
}): Promise<Page<NoteResponse>> {
  const after = decodeCursor(input.cursor, "timestamp");
  const rows = await ctx.db
    .select(noteColumns)
    .from(notes)
    .where(
      and(
        ownedNotes(ctx),
        input.conversation_id ? eq(notes.conversationId, input.conversation_id) : undefined,
        after
          ? sql`(${notes.updatedAt}, ${notes.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(notes.updatedAt), desc(notes.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, toResponse, (r) => [r.updatedAt.toISOString(), r.id]);
}

/** A linked conversation must be one the caller sees; its organization becomes the note's. */
async function linkTarget(ctx: AuthedCtx, conversationId: string | null | undefined) {
  if (!conversationId)
    return {
      conversationId: null,
      organizationId: ctx.actor.kind === "apiKey" ? ctx.actor.organizationId : null,
    };
  const conversation = await requireConversation(ctx, conversationId);
  return { conversationId: conversation.id, organizationId: conversation.organizationId };
}

export async function createNote({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: NoteRequest;
}): Promise<NoteResponse> {
  const link = await linkTarget(ctx, input.conversation_id);
  const [row] = await ctx.db
    .insert(notes)
    .values({ userId: ctx.actor.userId, title: input.title, content: input.content, ...link })
    .returning(noteColumns);
  return toResponse(row!);
}

export async function updateNote({
  ctx,
  noteId,
  input,
}: {
  ctx: AuthedCtx;
  noteId: string;
  input: NoteRequest;
}): Promise<NoteResponse> {
  const link = await linkTarget(ctx, input.conversation_id);
  const [row] = await ctx.db
    .update(notes)
    .set({ title: input.title, content: input.content, ...link, updatedAt: sql`now()` })
    .where(and(eq(notes.id, noteId), ownedNotes(ctx)))
    .returning(noteColumns);
  if (!row) throw noteNotFound();
  return toResponse(row);
}

export async function deleteNote({
  ctx,
  noteId,
}: {
  ctx: AuthedCtx;
  noteId: string;
}): Promise<void> {
  const deleted = await ctx.db
    .delete(notes)
    .where(and(eq(notes.id, noteId), ownedNotes(ctx)))
    .returning({ id: notes.id });
  if (deleted.length === 0) throw noteNotFound();
}
