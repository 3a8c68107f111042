import { and, eq, gte, lt, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { liveSessions, memberships, organizations, users, type LiveSessionRow } from "@/db/schema";
import { now as clockNow } from "@/server/platform/clock";
import type { AuthedCtx } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { allowanceSeconds, billedSeconds, monthPeriod } from "./metering";
import type { LiveQuotaResponse } from "./schemas";
import { closeStaleSessions } from "./sweeper";

export type Quota = {
  plan: string;
  nickname: string | null;
  period: { start: Date; end: Date };
  quotaSeconds: number;
  usedSeconds: number;
  remainingSeconds: number;
  active: LiveSessionRow | null;
};

/** The user's plan, nickname and allowance (plan seconds, or an organization's larger grant). */
async function allowanceOf(db: Db, userId: string) {
  const grant = db
    .select({ seconds: sql<number | null>`max(${organizations.liveSecondsPerMember})` })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId));
  const [user] = await db
    .select({
      plan: users.plan,
      nickname: users.liveNickname,
      grant: sql<number | null>`(${grant})`,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new AppError("not_authenticated", "Sign in first");
  const grantSeconds = user.grant === null ? null : Number(user.grant);
  return {
    plan: user.plan,
    nickname: user.nickname,
    seconds: allowanceSeconds(getEnv().LIVE_MONTHLY_SECONDS, user.plan, grantSeconds),
  };
}

/**
 * The month's account as of `now`, after closing the user's silent session (so no read ever
 * shows it active). A session counts in the month it started in, all of it.
 */
export async function readQuota(db: Db, userId: string, now: Date): Promise<Quota> {
  await closeStaleSessions(db, now, userId);
  const period = monthPeriod(now);
  const allowance = await allowanceOf(db, userId);
  const inPeriod = and(
    eq(liveSessions.userId, userId),
    gte(liveSessions.startedAt, period.start),
    lt(liveSessions.startedAt, period.end),
  );
  const [closed] = await db
    .select({ seconds: sql<number>`coalesce(sum(${liveSessions.durationSeconds}), 0)` })
    .from(liveSessions)
    .where(and(inPeriod, ne(liveSessions.status, "active")));
  const [active] = await db
    .select()
    .from(liveSessions)
    .where(and(eq(liveSessions.userId, userId), eq(liveSessions.status, "active")));
  const activeSeconds = active && active.startedAt >= period.start ? billedSeconds(active, now) : 0;
  const used = Number(closed?.seconds ?? 0) + activeSeconds;
  return {
    plan: allowance.plan,
    nickname: allowance.nickname,
    period,
    quotaSeconds: allowance.seconds,
    usedSeconds: used,
    remainingSeconds: Math.max(0, allowance.seconds - used),
    active: active ?? null,
  };
}

export async function getQuota({ ctx }: { ctx: AuthedCtx }): Promise<LiveQuotaResponse> {
  const quota = await readQuota(ctx.db, ctx.actor.userId, clockNow());
  return {
    plan: quota.plan,
    period_start: quota.period.start.toISOString(),
    period_end: quota.period.end.toISOString(),
    quota_seconds: quota.quotaSeconds,
    used_seconds: quota.usedSeconds,
    remaining_seconds: quota.remainingSeconds,
    active_session_id: quota.active?.id ?? null,
  };
}
