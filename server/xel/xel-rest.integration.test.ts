import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/databases";
import { orgWithKey } from "@/tests/fixtures";
import { callRest } from "@/tests/rest";
import { A1_VOCAB, rightResponse, tasksOf, wrongResponse } from "@/tests/xel";
import { moduleId } from "./curriculum/build";

const SUBMIT = "/api/xel/tasks/{task_id}/submit";
const ONE = "/api/xel/modules/{module_id}";

describeEachDatabase("xel over REST: shapes and scopes", (db) => {
  const tasks = tasksOf(A1_VOCAB);
  const submit = (taskId: string, body: unknown, headers: Record<string, string>) =>
    callRest("POST", `/api/xel/tasks/${taskId}/submit`, {
      route: SUBMIT,
      params: { task_id: taskId },
      body,
      headers,
    });

  it("lists, opens, submits and shows the dashboard with xel:* keys", async () => {
    const { headers } = await orgWithKey(db(), ["xel:read", "xel:write"]);
    const list = await callRest("GET", "/api/xel/modules?level=A1&skill=vocabulary", {
      route: "/api/xel/modules",
      headers,
    });
    expect(list.status).toBe(200);
    const items = list.json.items as { id: string; slug: string }[];
    expect(items.map((m) => m.slug)).toEqual([A1_VOCAB]);

    const id = moduleId(A1_VOCAB);
    const one = await callRest("GET", `/api/xel/modules/${id}`, {
      route: ONE,
      params: { module_id: id },
      headers,
    });
    expect(one.status).toBe(200);
    expect((one.json.tasks as unknown[]).length).toBe(tasks.length);

    const wrong = await submit(tasks[0]!.id, { response: wrongResponse(tasks[0]!) }, headers);
    expect(wrong.status).toBe(200);
    expect(wrong.json).toMatchObject({ is_correct: false, xp_awarded: 0 });
    const right = await submit(tasks[0]!.id, { response: rightResponse(tasks[0]!) }, headers);
    expect(right.json).toMatchObject({
      is_correct: true,
      score: 100,
      xp_awarded: 10,
      correct_answer: rightResponse(tasks[0]!),
      module_progress: { completed_task_count: 1, status: "in_progress" },
    });

    const dashboard = await callRest("GET", "/api/xel/dashboard", { headers });
    expect(dashboard.status).toBe(200);
    expect(dashboard.json).toMatchObject({ xp_total: 10, tasks_completed: 1 });
    for (const path of [
      "profile",
      "streak-status",
      "weekly-activity",
      "learning-pulse",
      "daily-quests",
    ]) {
      expect((await callRest("GET", `/api/xp/${path}`, { headers })).status).toBe(200);
    }
  });

  it("accepts quiz:* keys, and refuses keys without either scope", async () => {
    const reader = await orgWithKey(db(), ["quiz:read"]);
    expect((await callRest("GET", "/api/xel/modules", { headers: reader.headers })).status).toBe(
      200,
    );
    const refused = await submit(tasks[1]!.id, { response: "b" }, reader.headers);
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toMatchObject({
      error: "INSUFFICIENT_API_KEY_SCOPE",
      required_scope: expect.anything(),
    });

    const writer = await orgWithKey(db(), ["quiz:write"]);
    const ok = await submit(tasks[1]!.id, { response: rightResponse(tasks[1]!) }, writer.headers);
    expect(ok.status).toBe(200);

    const other = await orgWithKey(db(), ["conversations:read", "conversations:write"]);
    expect((await callRest("GET", "/api/xel/dashboard", { headers: other.headers })).status).toBe(
      403,
    );
    expect((await submit(tasks[1]!.id, { response: "b" }, other.headers)).status).toBe(403);
    expect((await callRest("GET", "/api/xel/modules")).status).toBe(401);
  });

  it("answers bad input with a clear 400", async () => {
    const { headers } = await orgWithKey(db(), ["xel:read", "xel:write"]);
    const missing = await submit(tasks[1]!.id, {}, headers);
    expect(missing.status).toBe(400);
    expect(missing.json.detail).toMatchObject({
      error: "validation_error",
      issues: [{ path: "response" }],
    });
    const shape = await submit(tasks[1]!.id, { response: ["x"] }, headers);
    expect(shape.status).toBe(400);
    expect(shape.json.detail).toMatchObject({
      error: "validation_error",
      issues: [{ path: "response" }],
    });
    const badId = await callRest("POST", "/api/xel/tasks/nope/submit", {
      route: SUBMIT,
      params: { task_id: "nope" },
      body: { response: "a" },
      headers,
    });
    expect(badId.status).toBe(400);
    const level = await callRest("GET", "/api/xel/modules?level=Z9", {
      route: "/api/xel/modules",
      headers,
    });
    expect(level.status).toBe(400);
    const dashboard = await callRest("GET", "/api/xel/dashboard", { headers });
    expect(dashboard.json).toMatchObject({ xp_total: 0, tasks_completed: 0 });
  });
});
