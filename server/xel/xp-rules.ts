/** XP for a correct objective task, awarded once per task however many attempts it takes. */
export const XP_PER_CORRECT_TASK = 10;
/** The most an evaluated (writing, speaking) task earns: its best score's share of 30. */
export const XP_PER_EVALUATED_TASK_MAX = 30;

export function xpForEvaluatedScore(score: number): number {
  return Math.round((Math.max(0, Math.min(100, score)) * XP_PER_EVALUATED_TASK_MAX) / 100);
}
