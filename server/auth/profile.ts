import { and, eq, ne, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { UserCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import type { UpdateMeRequest, UserProfile } from "./schemas";
import { findUserById, rethrowUserConflict, toUserProfile, usernameTaken } from "./users";

export async function getMe({ ctx }: { ctx: UserCtx }): Promise<UserProfile> {
  const row = await findUserById(ctx.db, ctx.actor.userId);
  // The session is checked on every request, so this only happens if the account was deleted.
  if (!row) throw new AppError("not_authenticated", "This account no longer exists");
  return toUserProfile(row);
}

export async function updateMe({
  ctx,
  input,
}: {
  ctx: UserCtx;
  input: UpdateMeRequest;
}): Promise<UserProfile> {
  const userId = ctx.actor.userId;
  if (input.username !== undefined) {
    const [other] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(
        and(eq(sql`lower(${users.username})`, input.username.toLowerCase()), ne(users.id, userId)),
      );
    if (other) throw usernameTaken();
  }
  try {
    const [row] = await ctx.db
      .update(users)
      .set({
        ...(input.full_name !== undefined && { fullName: input.full_name || null }),
        ...(input.username !== undefined && { username: input.username }),
        ...(input.preferred_language !== undefined && {
          preferredLanguage: input.preferred_language,
        }),
        ...(input.timezone !== undefined && { timezone: input.timezone }),
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, userId))
      .returning();
    if (!row) throw new AppError("not_authenticated", "This account no longer exists");
    return toUserProfile(row);
  } catch (error) {
    rethrowUserConflict(error);
  }
}
