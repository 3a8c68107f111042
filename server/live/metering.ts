import type { LiveSessionRow } from "@/db/schema";

/** How often a client must say it is still there. */
export const HEARTBEAT_INTERVAL_SECONDS = 15;
/** Three missed heartbeats and the session is over, billed to its last heartbeat. */
export const IDLE_AFTER_SECONDS = 3 * HEARTBEAT_INTERVAL_SECONDS;

/** The UTC calendar month holding `at`: [start, end). */
export function monthPeriod(at: Date): { start: Date; end: Date } {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const end = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  return { start, end };
}

/** Whole seconds from `from` to `to`, a started second counting as one (never negative). */
export function secondsBetween(from: Date, to: Date): number {
  return Math.max(0, Math.ceil((to.getTime() - from.getTime()) / 1000));
}

/** An active session whose client has been silent for three heartbeat intervals. */
export function isStale(row: LiveSessionRow, now: Date): boolean {
  return (
    row.status === "active" &&
    now.getTime() - row.lastHeartbeatAt.getTime() > IDLE_AFTER_SECONDS * 1000
  );
}

/**
 * Seconds the session bills as of `now`: what was recorded when it closed; while it runs, up to
 * now (or to its last heartbeat once it went silent), never past its allowance.
 */
export function billedSeconds(row: LiveSessionRow, now: Date): number {
  if (row.status !== "active") return row.durationSeconds ?? 0;
  const end = isStale(row, now) ? row.lastHeartbeatAt : now;
  return Math.min(row.maxDurationSeconds, secondsBetween(row.startedAt, end));
}

/** The allowance: the plan's seconds, or the largest grant of the user's organizations. */
export function allowanceSeconds(
  plans: Record<string, number>,
  plan: string,
  grant: number | null,
): number {
  const planSeconds = plans[plan] ?? plans.free ?? 0;
  return Math.max(planSeconds, grant ?? 0);
}
