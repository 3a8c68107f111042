import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { conversations, messages, notes } from "@/db/schema";
import { searchKnowledge } from "@/server/knowledge/search";
import type { AuthedCtx } from "@/server/platform/context";
import { searchTranscripts } from "@/server/live/transcript-search";
import { scopesSatisfy } from "@/server/platform/scopes";
import { ownedConversations, ownedNotes } from "./access";
import type { SearchQuery, SearchResponse } from "./schemas";
import { FRAGMENT_DELIMITER, readableSnippet } from "./snippet";

type Result = SearchResponse["results"][number];

/**
 * A full-text query that any of the words may match (natural questions rarely share every word
 * with the answer), each also as a prefix. Only letters and digits reach to_tsquery, so the input
 * cannot break the query syntax; English stop words drop out and stems match ("resetting" → reset).
 */
export function toOrQuery(text: string): string | null {
  const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 20);
  if (words.length === 0) return null;
  return words.map((w) => (w.length >= 3 ? `${w}:*` : w)).join(" | ");
}

const HEADLINE = `StartSel=«, StopSel=», MaxWords=30, MinWords=8, MaxFragments=2, FragmentDelimiter=${FRAGMENT_DELIMITER}`;

/** Everything the caller owns that matches, best first, with the matched words marked «like this». */
export async function search({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: SearchQuery;
}): Promise<SearchResponse> {
  const text = toOrQuery(input.q);
  if (!text) return { query: input.q, results: [] };
  const query = sql`to_tsquery('english', ${text})`;
  const lists: Result[][] = [];
  if (input.types.includes("documents")) lists.push(await searchDocuments(ctx, input));
  if (input.types.includes("messages")) lists.push(await searchMessages(ctx, query, input.limit));
  if (input.types.includes("notes")) lists.push(await searchNotes(ctx, query, input.limit));
  if (input.types.includes("transcripts"))
    lists.push(await searchTranscripts(ctx, query, input.limit, HEADLINE));
  return { query: input.q, results: fuseByRank(lists).slice(0, input.limit) };
}

/** Reciprocal rank fusion's constant (Cormack, Clarke & Büttcher 2009). */
export const RRF_K = 60;

/**
 * Merges the per-type result lists by reciprocal rank fusion: each result scores
 * 1 / (RRF_K + its rank in its own list), so BM25 passages and ts_rank messages, whose raw scores
 * are on different scales, interleave by how well each ranks among its own kind and no type
 * crowds out another. Ties keep the lists' order. The returned `score` is the fused one.
 */
export function fuseByRank(lists: Result[][]): Result[] {
  const fused = lists.flatMap((list, which) =>
    [...list]
      .sort((a, b) => b.score - a.score)
      .map((r, rank) => ({ r: { ...r, score: 1 / (RRF_K + rank + 1) }, which, rank })),
  );
  fused.sort((a, b) => b.r.score - a.r.score || a.which - b.which);
  return fused.map((f) => f.r);
}

/**
 * Knowledge-base passages, one result per document (its best passage). An API key needs rag:read
 * for these, as for the knowledge search itself.
 */
async function searchDocuments(ctx: AuthedCtx, input: SearchQuery): Promise<Result[]> {
  if (ctx.actor.kind === "apiKey" && !scopesSatisfy(ctx.actor.scopes, ["rag:read"])) return [];
  const { results } = await searchKnowledge({
    ctx,
    input: { query: input.q, limit: Math.min(50, input.limit * 2), scope: "all" },
  });
  const seen = new Set<string>();
  return results
    .filter((r) => !seen.has(r.document_id) && seen.add(r.document_id))
    .slice(0, input.limit)
    .map((r) => ({
      type: "documents" as const,
      id: r.document_id,
      title: r.location ? `${r.document_title} · ${r.location}` : r.document_title,
      snippet: r.snippet,
      // The passage's BM25 score; merged with the other types by rank (fuseByRank).
      score: r.score,
      conversation_id: null,
      created_at: r.created_at,
    }));
}

async function searchMessages(ctx: AuthedCtx, query: SQL, limit: number): Promise<Result[]> {
  const rank = sql<number>`ts_rank_cd(${messages.search}, ${query})`;
  const rows = await ctx.db
    .select({
      id: messages.id,
      conversationId: messages.conversationId,
      title: conversations.title,
      content: messages.content,
      snippet: sql<string>`ts_headline('english', ${messages.content}, ${query}, ${HEADLINE})`,
      score: rank,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(
      and(
        ownedConversations(ctx),
        eq(messages.status, "complete"),
        sql`${messages.search} @@ ${query}`,
      ),
    )
    .orderBy(desc(rank))
    .limit(limit);
  return rows.map((r) => ({
    type: "messages" as const,
    id: r.id,
    title: r.title ?? "Untitled conversation",
    snippet: readableSnippet(r.snippet, r.content),
    score: Number(r.score),
    conversation_id: r.conversationId,
    created_at: r.createdAt.toISOString(),
  }));
}

async function searchNotes(ctx: AuthedCtx, query: SQL, limit: number): Promise<Result[]> {
  const rank = sql<number>`ts_rank_cd(${notes.search}, ${query})`;
  const rows = await ctx.db
    .select({
      id: notes.id,
      conversationId: notes.conversationId,
      title: notes.title,
      content: notes.content,
      // The note's title is shown above the snippet: the snippet is from its text, unless only
      // the title matched (then the text's opening words).
      snippet: sql<string>`ts_headline('english', ${notes.content}, ${query}, ${HEADLINE})`,
      score: rank,
      createdAt: notes.createdAt,
    })
    .from(notes)
    .where(and(ownedNotes(ctx), sql`${notes.search} @@ ${query}`))
    .orderBy(desc(rank))
    .limit(limit);
  return rows.map((r) => ({
    type: "notes" as const,
    id: r.id,
    title: r.title,
    snippet: readableSnippet(r.snippet, r.content),
    score: Number(r.score),
    conversation_id: r.conversationId,
    created_at: r.createdAt.toISOString(),
  }));
}
