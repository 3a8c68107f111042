import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { hitRateLimit } from "@/server/platform/rate-limiter";

/** Counts one chat message against the user's daily allowance (per plan, per UTC day). */
export async function countChatMessage(ctx: AuthedCtx): Promise<void> {
  const [user] = await ctx.db
    .select({ plan: users.plan })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  const limits = getEnv().CHAT_DAILY_LIMITS;
  const limit = limits[user?.plan ?? "free"] ?? limits.free ?? 0;
  const state = await hitRateLimit(ctx.db, `chat:day:${ctx.actor.userId}`, {
    limit,
    windowSeconds: 86_400,
  });
  if (!state.allowed) {
    throw new AppError(
      "rate_limited",
      `You have sent today's ${limit} messages; more tomorrow (UTC)`,
      {
        retryAfterSeconds: state.resetSeconds,
      },
    );
  }
}
