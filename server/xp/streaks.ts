import { daysBetween } from "./clock";

/** A freeze is earned on every 7th day of a streak; at most this many are held at once. */
export const MAX_FREEZES = 2;
export const DAYS_PER_FREEZE = 7;

export type StreakState = {
  current: number;
  longest: number;
  freezesAvailable: number;
  freezesUsed: number;
  lastActivity: string | null;
  atRisk: boolean;
};

/**
 * Streaks from the learner's active days (local dates with earned XP), as of `today` (local).
 * A day with XP extends the streak. Missed days are bridged by held freezes, one per day, when
 * there are enough of them; otherwise the streak starts again. A streak is still current while
 * today has no XP yet (it is then "at risk"), as long as the days missed since the last active day
 * before today can be bridged. Freezes are derived from the history itself, so nothing is stored
 * and the answer is the same on every instance.
 */
export function computeStreak(activeDays: readonly string[], today: string): StreakState {
  const days = [...new Set(activeDays)].filter((d) => d <= today).sort();
  let run = 0;
  let longest = 0;
  let bank = 0;
  let used = 0;
  let previous: string | null = null;
  for (const day of days) {
    const missed = previous === null ? 0 : daysBetween(previous, day) - 1;
    if (previous !== null && missed <= bank) {
      bank -= missed;
      used += missed;
      run += 1;
    } else {
      run = 1;
    }
    if (run % DAYS_PER_FREEZE === 0 && bank < MAX_FREEZES) bank += 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  if (previous === null) {
    return {
      current: 0,
      longest: 0,
      freezesAvailable: 0,
      freezesUsed: 0,
      lastActivity: null,
      atRisk: false,
    };
  }
  if (previous === today) {
    return {
      current: run,
      longest,
      freezesAvailable: bank,
      freezesUsed: used,
      lastActivity: previous,
      atRisk: false,
    };
  }
  // Days strictly between the last active day and today; today itself can still be earned.
  const missed = daysBetween(previous, today) - 1;
  if (missed <= bank) {
    return {
      current: run,
      longest,
      freezesAvailable: bank - missed,
      freezesUsed: used + missed,
      lastActivity: previous,
      atRisk: true,
    };
  }
  return {
    current: 0,
    longest,
    freezesAvailable: bank,
    freezesUsed: used,
    lastActivity: previous,
    atRisk: false,
  };
}
