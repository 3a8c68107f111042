/**
 * Levels from total XP: reaching level n takes 50·n·(n−1) XP in all, so each level needs 100 XP
 * more than the one before (level 2 at 100, 3 at 300, 4 at 600, 5 at 1 000, 10 at 4 500).
 */
export function xpForLevel(level: number): number {
  return 50 * level * (level - 1);
}

export function levelFor(xp: number) {
  let level = 1;
  while (xpForLevel(level + 1) <= xp) level += 1;
  const floor = xpForLevel(level);
  const next = xpForLevel(level + 1);
  return {
    level,
    xp_into_level: xp - floor,
    xp_for_next_level: next - floor,
    next_level_at: next,
  };
}
