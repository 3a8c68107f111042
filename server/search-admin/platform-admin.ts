import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { platformAdmins, users } from "@/db/schema";
import type { Ctx } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";

/**
 * Platform administrators run the whole installation's maintenance (the search index). They are
 * named by configuration (PLATFORM_ADMIN_EMAILS) or granted by the CLI (`npm run admin:grant`);
 * no API call makes anyone one. Organization roles have nothing to do with it.
 */
export async function isPlatformAdmin(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ email: users.email, granted: platformAdmins.userId })
    .from(users)
    .leftJoin(platformAdmins, eq(platformAdmins.userId, users.id))
    .where(eq(users.id, userId));
  if (!row) return false;
  return row.granted !== null || getEnv().PLATFORM_ADMIN_EMAILS.includes(row.email.toLowerCase());
}

/** For a server page: whether the signed-in user (by id) runs the installation. */
export async function pageUserIsPlatformAdmin(userId: string): Promise<boolean> {
  return isPlatformAdmin(await getDb(), userId);
}

export async function requirePlatformAdmin(ctx: Ctx): Promise<string> {
  if (ctx.actor.kind !== "user") throw new AppError("not_authenticated", "Sign in first");
  if (!(await isPlatformAdmin(ctx.db, ctx.actor.userId))) {
    throw new AppError("forbidden", "Only platform administrators maintain the search index");
  }
  return ctx.actor.userId;
}

/** Makes the user with this email a platform administrator (the CLI's verb). */
export async function grantPlatformAdmin(db: Db, email: string, grantedBy: string) {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!user) throw AppError.notFound("User");
  await db
    .insert(platformAdmins)
    .values({ userId: user.id, grantedBy })
    .onConflictDoNothing({ target: platformAdmins.userId });
  return user.id;
}

/** Takes the grant away (configured emails stay administrators while configured). */
export async function revokePlatformAdmin(db: Db, email: string): Promise<boolean> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!user) throw AppError.notFound("User");
  const gone = await db
    .delete(platformAdmins)
    .where(eq(platformAdmins.userId, user.id))
    .returning({ id: platformAdmins.userId });
  return gone.length > 0;
}
