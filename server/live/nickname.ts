import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import type { NicknameRequest } from "./schemas";

/** Sets the name the Live tutor calls the user by. */
export async function setNickname({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: NicknameRequest;
}): Promise<{ nickname: string }> {
  await ctx.db
    .update(users)
    .set({ liveNickname: input.nickname, updatedAt: sql`now()` })
    .where(eq(users.id, ctx.actor.userId));
  return { nickname: input.nickname };
}
