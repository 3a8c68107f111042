import { count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { xelSubmissions, xelTasks } from "@/db/schema";
import { codeOf } from "@/tests/fixtures";
import { describeEachDatabase } from "@/tests/databases";
import { createTestUser } from "@/tests/users";
import { A1_VOCAB, rightResponse, tasksOf, wrongResponse } from "@/tests/xel";
import { moduleId, taskId } from "./curriculum/build";
import { getDashboard } from "./dashboard";
import { getModule, listModules } from "./modules";
import { seedCurriculum } from "./seed";
import { submitTask } from "./submit";

describeEachDatabase("xel: course, grading and XP", (db) => {
  const tasks = tasksOf(A1_VOCAB);
  const submissionsOf = async (userId: string) =>
    (
      await db()
        .select({ n: count() })
        .from(xelSubmissions)
        .where(eq(xelSubmissions.userId, userId))
    )[0]!.n;

  it("lists every module in order, filtered by level and skill, with progress", async () => {
    const { ctx } = await createTestUser(db());
    const { items } = await listModules({ ctx, input: {} });
    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(items.map((m) => m.order)).toEqual([...items.map((m) => m.order)].sort((a, b) => a - b));
    expect(items[0]).toMatchObject({ status: "not_started", progress_percent: 0, xp_earned: 0 });
    const a1 = await listModules({ ctx, input: { level: "A1" } });
    expect(a1.items.every((m) => m.cefr_level === "A1")).toBe(true);
    const writing = await listModules({ ctx, input: { level: "B2", skill: "writing" } });
    expect(writing.items.map((m) => m.slug)).toEqual(["b2-opinion-essay"]);
  });

  it("opens a module without its answers", async () => {
    const { ctx } = await createTestUser(db());
    const opened = await getModule({ ctx, moduleId: moduleId(A1_VOCAB) });
    expect(opened.lessons.length).toBe(2);
    expect(opened.tasks.length).toBe(tasks.length);
    const json = JSON.stringify(opened);
    for (const key of ['"answer"', '"blanks"', '"accepted"', '"pairs"', '"answers"']) {
      expect(json).not.toContain(key);
    }
    expect(opened.tasks[0]!.progress).toMatchObject({ status: "not_started", attempts: 0 });
    expect(await codeOf(getModule({ ctx, moduleId: taskId("x", "y") }))).toBe("not_found");
  });

  it("grades, awards 10 XP once per task and moves module progress", async () => {
    const { ctx, profile } = await createTestUser(db());
    const [first, second] = tasks;
    const wrong = await submitTask({
      ctx,
      taskId: first!.id,
      input: { response: wrongResponse(first!) },
    });
    expect(wrong).toMatchObject({ is_correct: false, score: 0, xp_awarded: 0 });
    expect(wrong.correct_answer).toEqual(rightResponse(first!));
    expect(wrong.module_progress).toMatchObject({ status: "in_progress", completed_task_count: 0 });

    const right = await submitTask({
      ctx,
      taskId: first!.id,
      input: { response: rightResponse(first!) },
    });
    expect(right).toMatchObject({ is_correct: true, score: 100, xp_awarded: 10 });
    expect(right.module_progress).toMatchObject({ completed_task_count: 1, xp_earned: 10 });
    const again = await submitTask({
      ctx,
      taskId: first!.id,
      input: { response: rightResponse(first!) },
    });
    expect(again).toMatchObject({ is_correct: true, xp_awarded: 0 });
    expect(again.module_progress.xp_earned).toBe(10);

    await submitTask({ ctx, taskId: second!.id, input: { response: rightResponse(second!) } });
    const opened = await getModule({ ctx, moduleId: moduleId(A1_VOCAB) });
    expect(opened.tasks[0]!.progress).toMatchObject({
      status: "completed",
      attempts: 3,
      best_score: 100,
      xp_earned: 10,
    });
    expect(opened).toMatchObject({ completed_task_count: 2, xp_earned: 20, status: "in_progress" });
    expect(await submissionsOf(profile.id)).toBe(4);
  });

  it("awards XP once when the same right answer arrives twice at the same time", async () => {
    const { ctx } = await createTestUser(db());
    const task = tasks[2]!;
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        submitTask({ ctx, taskId: task.id, input: { response: rightResponse(task) } }),
      ),
    );
    expect(results.map((r) => r.xp_awarded).sort()).toEqual([0, 0, 0, 0, 10]);
    expect((await getDashboard({ ctx })).xp_total).toBe(10);
  });

  it("refuses responses of the wrong shape and records nothing", async () => {
    const { ctx, profile } = await createTestUser(db());
    for (const task of tasks) {
      expect(
        await codeOf(submitTask({ ctx, taskId: task.id, input: { response: { nope: true } } })),
      ).toBe("validation_error");
    }
    expect(
      await codeOf(submitTask({ ctx, taskId: taskId("x", "y"), input: { response: "a" } })),
    ).toBe("not_found");
    expect(await submissionsOf(profile.id)).toBe(0);
    expect((await getDashboard({ ctx })).xp_total).toBe(0);
  });

  it("grades open tasks with the offline evaluator, and refuses texts too short to score", async () => {
    const { ctx, profile } = await createTestUser(db());
    const essay = tasksOf("b2-opinion-essay").find((t) => t.type === "writing")!;
    const short = await codeOf(
      submitTask({ ctx, taskId: essay.id, input: { response: "I like working from home." } }),
    );
    expect(short).toBe("validation_error");
    expect(await submissionsOf(profile.id)).toBe(0);
    const text =
      "In my opinion, working from home is better than working in an office for most people. " +
      "First, it saves time, because nobody has to travel for an hour every morning. Second, " +
      "many people can concentrate better in a quiet room at home. However, some workers feel " +
      "lonely, and it is harder to ask colleagues for help. In conclusion, I believe the " +
      "advantages are greater, although companies should still meet in person sometimes.";
    const graded = await submitTask({ ctx, taskId: essay.id, input: { response: text } });
    expect(graded).toMatchObject({ is_correct: null, correct_answer: null });
    expect(graded.score).toBeGreaterThanOrEqual(0);
    expect(graded.score).toBeLessThanOrEqual(100);
    expect(graded.xp_awarded).toBe(Math.round((graded.score * 30) / 100));
    expect(graded.evaluation_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(graded.feedback).toMatch(/^Overall \d\.\d of 5/);
    expect(await submissionsOf(profile.id)).toBe(1);
  });

  it("completes a module, and the dashboard follows", async () => {
    const { ctx } = await createTestUser(db());
    for (const task of tasks) {
      await submitTask({
        ctx,
        taskId: task.id,
        input: { response: rightResponse(task), time_spent_seconds: 12 },
      });
    }
    const dashboard = await getDashboard({ ctx });
    expect(dashboard).toMatchObject({
      xp_total: 10 * tasks.length,
      level: 1,
      modules_completed: 1,
      tasks_completed: tasks.length,
      estimated_level: "A1",
      streak: { current: 1, longest: 1, at_risk: false },
    });
    expect(dashboard.next_module?.slug).toBe("a1-be-and-present-simple");
    expect(dashboard.skills.find((s) => s.skill === "vocabulary")).toMatchObject({
      average_score: 100,
    });
    expect(dashboard.weekly_activity).toHaveLength(7);
    expect(dashboard.weekly_activity.reduce((n, d) => n + d.xp, 0)).toBe(10 * tasks.length);
    expect(dashboard.recent_results[0]).toMatchObject({
      is_correct: true,
      module_title: expect.any(String),
    });
  });

  it("re-seeding keeps ids and learners' progress", async () => {
    const { ctx } = await createTestUser(db());
    await submitTask({ ctx, taskId: tasks[0]!.id, input: { response: rightResponse(tasks[0]!) } });
    const before = await db().select({ n: count() }).from(xelTasks);
    await seedCurriculum(db());
    await seedCurriculum(db());
    expect(await db().select({ n: count() }).from(xelTasks)).toEqual(before);
    const opened = await getModule({ ctx, moduleId: moduleId(A1_VOCAB) });
    expect(opened.completed_task_count).toBe(1);
  });
});
