import { expect, it } from "vitest";
import { createCaller } from "@/server/trpc/root";
import { describeEachDatabase } from "@/tests/databases";
import { createTestUser } from "@/tests/users";
import { A1_VOCAB, rightResponse, tasksOf } from "@/tests/xel";

describeEachDatabase("xel over tRPC: the same verbs as REST", (db) => {
  it("lists, opens, submits and reports XP", async () => {
    const { ctx } = await createTestUser(db());
    const caller = createCaller(ctx);
    const { items } = await caller.english.modules({ skill: "reading" });
    expect(items.map((m) => m.cefr_level)).toEqual(["A1", "B1"]);
    const task = tasksOf(A1_VOCAB)[0]!;
    const graded = await caller.english.submit({ task_id: task.id, response: rightResponse(task) });
    expect(graded).toMatchObject({ is_correct: true, xp_awarded: 10 });
    expect((await caller.english.module({ module_id: task.moduleId })).completed_task_count).toBe(
      1,
    );
    expect((await caller.english.dashboard()).xp_total).toBe(10);
    expect(await caller.xp.profile()).toMatchObject({ xp_total: 10, level: 1 });
    expect((await caller.xp.weekly()).days).toHaveLength(7);
    await expect(caller.english.submit({ task_id: task.id, response: 7 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
