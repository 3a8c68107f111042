import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { hitRateLimit } from "@/server/platform/rate-limiter";
import { hashPassword } from "./passwords";
import type { RegisterRequest, UserProfile } from "./schemas";
import {
  emailTaken,
  isUsernameTaken,
  rethrowUserConflict,
  toUserProfile,
  usernameTaken,
} from "./users";

export async function registerUser({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: RegisterRequest;
}): Promise<UserProfile> {
  const limit = await hitRateLimit(ctx.db, `register:ip:${ctx.request.ip ?? "unknown"}`, {
    limit: getEnv().REGISTRATIONS_PER_IP_PER_HOUR,
    windowSeconds: 3600,
  });
  if (!limit.allowed) {
    throw new AppError("rate_limited", "Too many sign-ups from this address; try again later", {
      retryAfterSeconds: limit.resetSeconds,
    });
  }

  // Checked first for a friendly answer; the unique indexes decide races.
  const [sameEmail] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, input.email));
  if (sameEmail) throw emailTaken();
  if (await isUsernameTaken(ctx.db, input.username)) throw usernameTaken();

  const passwordHash = await hashPassword(input.password);
  try {
    const [row] = await ctx.db
      .insert(users)
      .values({
        email: input.email,
        username: input.username,
        passwordHash,
        fullName: input.full_name || null,
        ...(input.timezone && { timezone: input.timezone }),
      })
      .returning();
    if (!row) throw new Error("user insert returned nothing");
    return toUserProfile(row);
  } catch (error) {
    rethrowUserConflict(error);
  }
}
