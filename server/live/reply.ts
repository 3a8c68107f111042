import type { ModelMessage } from "ai";
import { loadAi } from "@/server/ai/load";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { liveSessions, users } from "@/db/schema";
import { getRegistry, type Registry } from "@/server/ai/registry";
import { now as clockNow } from "@/server/platform/clock";
import type { AuthedCtx } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { log } from "@/server/platform/logger";
import { practiceReply } from "./practice-partner";
import { closeStaleSessions } from "./sweeper";

export const LiveReplyRequest = z.object({
  session_id: z.uuid(),
  message: z.string().trim().min(1, "Say something first").max(2000),
  history: z
    .array(z.object({ role: z.enum(["user", "ai"]), text: z.string().max(8000) }))
    .max(200)
    .default([]),
});
export type LiveReplyRequest = z.infer<typeof LiveReplyRequest>;
export const LiveReplyResponse = z.object({ text: z.string(), provider: z.string() });
export type LiveReplyResponse = z.infer<typeof LiveReplyResponse>;

/** The Live persona: a speaking partner, not a lecturer; its answers are read aloud. */
export function livePersona(nickname: string | null): string {
  return [
    "You are Xentree Live, a friendly English speaking partner in a real-time voice conversation.",
    "Answer in one to three short, natural spoken sentences, then usually ask one follow-up question.",
    "No Markdown, lists, emojis or headings: your words are read aloud by speech synthesis.",
    "If the learner makes a clear mistake, model the correct form naturally in your reply.",
    nickname ? `Call the learner ${nickname}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

// The last turns are enough context for a spoken exchange and keep each request small.
const CONTEXT_TURNS = 20;

/** The AI's answer in a running Live session, through the same providers as chat. */
export async function liveReply({
  ctx,
  input,
  registry = getRegistry(),
}: {
  ctx: AuthedCtx;
  input: LiveReplyRequest;
  registry?: Registry;
}): Promise<LiveReplyResponse> {
  const now = clockNow();
  await closeStaleSessions(ctx.db, now, ctx.actor.userId);
  const [row] = await ctx.db
    .select({
      status: liveSessions.status,
      expiresAt: liveSessions.expiresAt,
      nickname: users.liveNickname,
    })
    .from(liveSessions)
    .innerJoin(users, eq(users.id, liveSessions.userId))
    .where(and(eq(liveSessions.id, input.session_id), eq(liveSessions.userId, ctx.actor.userId)));
  if (!row) throw AppError.notFound("Live session");
  if (row.status !== "active" || now >= row.expiresAt)
    throw new AppError("conflict", "This Live session has ended; start a new one");
  const resolved = registry.resolve("auto");
  if (resolved.offline)
    return {
      text: practiceReply(input.message, input.history, row.nickname),
      provider: resolved.provider,
    };
  const messages: ModelMessage[] = [
    ...input.history
      .slice(-CONTEXT_TURNS)
      .map((t): ModelMessage =>
        t.role === "user"
          ? { role: "user", content: t.text }
          : { role: "assistant", content: t.text },
      ),
    { role: "user", content: input.message },
  ];
  try {
    const { generateText } = await loadAi();
    const result = await generateText({
      model: resolved.languageModel,
      system: livePersona(row.nickname),
      messages,
      maxOutputTokens: 300,
      maxRetries: 1,
      abortSignal: AbortSignal.timeout(getEnv().AI_TIMEOUT_SECONDS * 1000),
    });
    return { text: result.text.trim(), provider: resolved.provider };
  } catch (error) {
    log.warn("live reply failed", {
      request_id: ctx.request.id,
      provider: resolved.provider,
      error,
    });
    throw new AppError("provider_unavailable", `${resolved.provider} did not answer; try again`);
  }
}
