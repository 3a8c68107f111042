import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { liveTranscripts } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";

/** Transcripts whose turns match the full-text query, for the one search box. */
export async function searchTranscripts(
  ctx: AuthedCtx,
  query: SQL,
  limit: number,
  headline: string,
) {
  const rank = sql<number>`ts_rank_cd(${liveTranscripts.search}, ${query})`;
  const rows = await ctx.db
    .select({
      id: liveTranscripts.id,
      startedAt: liveTranscripts.sessionStartedAt,
      snippet: sql<string>`ts_headline('english', ${liveTranscripts.content}, ${query}, ${headline})`,
      score: rank,
      createdAt: liveTranscripts.createdAt,
    })
    .from(liveTranscripts)
    .where(
      and(eq(liveTranscripts.userId, ctx.actor.userId), sql`${liveTranscripts.search} @@ ${query}`),
    )
    .orderBy(desc(rank))
    .limit(limit);
  return rows.map((r) => ({
    type: "transcripts" as const,
    id: r.id,
    title: `Live session, ${r.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    snippet: r.snippet,
    score: Number(r.score),
    conversation_id: null,
    created_at: r.createdAt.toISOString(),
  }));
}
