import { expect, it, vi } from "vitest";
import { describeEachDatabase } from "@/tests/databases";
import { createTestUser } from "@/tests/users";
import { tasksOf } from "@/tests/xel";
import { getDashboard } from "./dashboard";
import { getModule } from "./modules";
import { submitTask } from "./submit";

// The evaluator is its own issue: here the seam answers scripted scores, so the way a score
// becomes task progress and XP is tested on its own.
const scores = vi.hoisted(() => ({ next: [] as number[] }));
vi.mock("./evaluation-seam", () => ({
  evaluateOpenTask: async () => {
    const score = scores.next.shift() ?? 0;
    return {
      score,
      feedback: `Scored ${score}`,
      evaluationId: "00000000-0000-4000-8000-000000000000",
    };
  },
}));

describeEachDatabase("xel: evaluated tasks through the seam", (db) => {
  const essay = tasksOf("b2-opinion-essay").find((t) => t.type === "writing")!;
  const text = "Working from home saves time. ".repeat(10);

  it("turns a score into up to 30 XP, topped up only by a better score", async () => {
    const { ctx } = await createTestUser(db());
    scores.next = [40, 60, 50, 100];
    const first = await submitTask({ ctx, taskId: essay.id, input: { response: text } });
    expect(first).toMatchObject({
      is_correct: null,
      score: 40,
      xp_awarded: 12,
      correct_answer: null,
    });
    expect(first.module_progress.completed_task_count).toBe(0);
    const better = await submitTask({ ctx, taskId: essay.id, input: { response: text } });
    expect(better).toMatchObject({ score: 60, xp_awarded: 6 });
    expect(better.module_progress.completed_task_count).toBe(1);
    const worse = await submitTask({ ctx, taskId: essay.id, input: { response: text } });
    expect(worse).toMatchObject({ score: 50, xp_awarded: 0 });
    const best = await submitTask({ ctx, taskId: essay.id, input: { response: text } });
    expect(best).toMatchObject({ score: 100, xp_awarded: 12 });
    const opened = await getModule({ ctx, moduleId: essay.moduleId });
    const row = opened.tasks.find((t) => t.id === essay.id)!;
    expect(row.progress).toMatchObject({ status: "completed", best_score: 100, xp_earned: 30 });
    const dashboard = await getDashboard({ ctx });
    expect(dashboard.xp_total).toBe(30);
    expect(dashboard.recent_results[0]).toMatchObject({ task_type: "writing", score: 100 });
  });

  it("awards an evaluated task's XP once when two answers arrive together", async () => {
    const { ctx } = await createTestUser(db());
    scores.next = [80, 80];
    const both = await Promise.all([
      submitTask({ ctx, taskId: essay.id, input: { response: text } }),
      submitTask({ ctx, taskId: essay.id, input: { response: text } }),
    ]);
    expect(both.map((r) => r.xp_awarded).sort()).toEqual([0, 24]);
  });
});
