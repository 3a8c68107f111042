import type { ConversationSessionRow } from "@/db/schema";

/** How often a client in a conversation says the learner is still there (while the page shows). */
export const ACTIVITY_INTERVAL_SECONDS = 60;
/** Three missed activity pings and the session is over, counted to its last activity. */
export const IDLE_AFTER_SECONDS = 3 * ACTIVITY_INTERVAL_SECONDS;
/** Seconds one session may count at most (a tab left open and pinging all night counts 4 hours). */
export const MAX_SESSION_SECONDS = 4 * 60 * 60;

/** Whole seconds from `from` to `to`, a started second counting as one (never negative). */
export function secondsBetween(from: Date, to: Date): number {
  return Math.max(0, Math.ceil((to.getTime() - from.getTime()) / 1000));
}

/** An active session whose client has been silent for three activity intervals. */
export function isIdle(row: Pick<ConversationSessionRow, "status" | "lastActivityAt">, now: Date) {
  return (
    row.status === "active" &&
    now.getTime() - row.lastActivityAt.getTime() > IDLE_AFTER_SECONDS * 1000
  );
}

/**
 * Seconds the session counts as of `now`: what was recorded when it closed; while it runs, up to
 * now (or to its last activity once it went silent), never more than MAX_SESSION_SECONDS.
 */
export function countedSeconds(row: ConversationSessionRow, now: Date): number {
  if (row.status !== "active") return row.durationSeconds ?? 0;
  const end = isIdle(row, now) ? row.lastActivityAt : now;
  return Math.min(MAX_SESSION_SECONDS, secondsBetween(row.startedAt, end));
}
