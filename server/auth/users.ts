import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type UserRow } from "@/db/schema";
import { AppError } from "@/server/platform/errors";
import { uniqueViolation } from "@/server/platform/db-errors";
import type { UserProfile } from "./schemas";

export function toUserProfile(row: UserRow): UserProfile {
  return {
    id: row.id,
    email: row.email,
    username: row.username,
    full_name: row.fullName,
    preferred_language: row.preferredLanguage,
    timezone: row.timezone,
    live_nickname: row.liveNickname,
    plan: row.plan,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** By email when the identifier has an @ (usernames cannot), else by username, ignoring case. */
export async function findUserByLogin(db: Db, identifier: string): Promise<UserRow | undefined> {
  const where = identifier.includes("@")
    ? eq(users.email, identifier.toLowerCase())
    : eq(sql`lower(${users.username})`, identifier.toLowerCase());
  const [row] = await db.select().from(users).where(where);
  return row;
}

export async function isUsernameTaken(db: Db, username: string): Promise<boolean> {
  return (await findUserByLogin(db, username)) !== undefined;
}

/** Turns a unique-index violation on users into the contract's 409, whoever won the race. */
export function rethrowUserConflict(error: unknown): never {
  const index = uniqueViolation(error);
  if (index === "users_email_key") throw emailTaken();
  if (index === "users_username_lower_key") throw usernameTaken();
  throw error;
}

export const emailTaken = () =>
  new AppError("email_taken", "An account with this email already exists", {
    details: { issues: [{ path: "email", message: "An account with this email already exists" }] },
  });

export const usernameTaken = () =>
  new AppError("username_taken", "This username is taken", {
    details: { issues: [{ path: "username", message: "This username is taken" }] },
  });
