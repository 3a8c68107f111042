import { and, desc, eq, sql } from "drizzle-orm";
import { liveSessions, liveTranscripts, type LiveTranscriptRow } from "@/db/schema";
import type { AuthedCtx, UserCtx } from "@/server/platform/context";
import { AppError, type ValidationIssue } from "@/server/platform/errors";
import { decodeCursor, toPage, type Page, type PageQuery } from "@/server/platform/pagination";
import type { SaveTranscriptRequest, TranscriptResponse, TranscriptSummary } from "./schemas";

const PREVIEW_CHARACTERS = 160;

function toSummary(row: LiveTranscriptRow): TranscriptSummary {
  return {
    id: row.id,
    session_id: row.sessionId,
    session_type: row.sessionType,
    session_started_at: row.sessionStartedAt.toISOString(),
    session_ended_at: row.sessionEndedAt.toISOString(),
    turn_count: row.turnCount,
    preview: row.preview,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

const toResponse = (row: LiveTranscriptRow): TranscriptResponse => ({
  ...toSummary(row),
  transcripts: row.turns,
});

/** The first words of the conversation, on one line. */
export function previewOf(texts: string[]): string {
  const line = texts.join(" · ").replace(/\s+/g, " ").trim();
  return line.length > PREVIEW_CHARACTERS ? `${line.slice(0, PREVIEW_CHARACTERS - 1)}…` : line;
}

function checkTimes(input: SaveTranscriptRequest): void {
  const start = Date.parse(input.session_started_at);
  const end = Date.parse(input.session_ended_at);
  const issues: ValidationIssue[] = [];
  if (end < start)
    issues.push({ path: "session_ended_at", message: "The session cannot end before it started" });
  input.transcripts.forEach((turn, i) => {
    const at = Date.parse(turn.timestamp);
    if (at < start || at > end)
      issues.push({
        path: `transcripts.${i}.timestamp`,
        message: "This turn's time is outside the session",
      });
  });
  if (issues.length > 0) throw AppError.validation(issues);
}

/**
 * Saves a session's transcript. One row per session, whoever races: the insert meets the unique
 * index on session_id and replaces the earlier save, so a retry never duplicates it.
 */
export async function saveTranscript({
  ctx,
  input,
}: {
  ctx: UserCtx;
  input: SaveTranscriptRequest;
}): Promise<TranscriptResponse> {
  checkTimes(input);
  let sessionType = input.session_type ?? null;
  if (input.session_id) {
    const [session] = await ctx.db
      .select({ type: liveSessions.sessionType })
      .from(liveSessions)
      .where(and(eq(liveSessions.id, input.session_id), eq(liveSessions.userId, ctx.actor.userId)));
    if (!session)
      throw new AppError("not_found", "Live session not found", {
        details: { issues: [{ path: "session_id", message: "No session of yours has this id" }] },
      });
    sessionType = session.type;
  }
  const texts = input.transcripts.map((t) => t.text);
  const values = {
    userId: ctx.actor.userId,
    sessionId: input.session_id ?? null,
    sessionType,
    sessionStartedAt: new Date(input.session_started_at),
    sessionEndedAt: new Date(input.session_ended_at),
    turns: input.transcripts,
    turnCount: input.transcripts.length,
    preview: previewOf(texts),
    content: texts.join("\n"),
  };
  const [row] = await ctx.db
    .insert(liveTranscripts)
    .values(values)
    .onConflictDoUpdate({
      target: liveTranscripts.sessionId,
      targetWhere: sql`session_id is not null`,
      set: {
        sessionStartedAt: values.sessionStartedAt,
        sessionEndedAt: values.sessionEndedAt,
        turns: values.turns,
        turnCount: values.turnCount,
        preview: values.preview,
        content: values.content,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  return toResponse(row!);
}

// Live belongs to the user: an API key reaches its creator's transcripts (see docs/live.md).
const owned = (ctx: AuthedCtx) => eq(liveTranscripts.userId, ctx.actor.userId);

export async function listTranscripts({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: PageQuery;
}): Promise<Page<TranscriptSummary>> {
  const after = decodeCursor(input.cursor, "timestamp");
  const rows = await ctx.db
    .select()
    .from(liveTranscripts)
    .where(
      and(
        owned(ctx),
        after
          ? sql`(${liveTranscripts.createdAt}, ${liveTranscripts.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(liveTranscripts.createdAt), desc(liveTranscripts.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, toSummary, (r) => [r.createdAt.toISOString(), r.id]);
}

export async function getTranscript({
  ctx,
  transcriptId,
}: {
  ctx: AuthedCtx;
  transcriptId: string;
}): Promise<TranscriptResponse> {
  const [row] = await ctx.db
    .select()
    .from(liveTranscripts)
    .where(and(owned(ctx), eq(liveTranscripts.id, transcriptId)));
  if (!row) throw AppError.notFound("Transcript");
  return toResponse(row);
}
