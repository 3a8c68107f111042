import { expect, test } from "@playwright/test";
import { createApiKey, createOrganization, signedInClient, uniqueName } from "../support";
import { A1_VOCAB_SLUG, guess, type Task } from "../xel-support";

test("a learner lists, opens and works through a module, and the dashboard follows", async ({
  request,
}) => {
  const { headers } = await signedInClient(request);
  const list = await request.get("/api/xel/modules?level=A1", { headers });
  expect(list.status()).toBe(200);
  const { items } = await list.json();
  expect(items.length).toBeGreaterThanOrEqual(3);
  expect(items.every((m: { cefr_level: string }) => m.cefr_level === "A1")).toBe(true);
  const summary = items.find((m: { slug: string }) => m.slug === A1_VOCAB_SLUG);
  expect(summary).toMatchObject({ status: "not_started", progress_percent: 0, xp_earned: 0 });

  const opened = await (await request.get(`/api/xel/modules/${summary.id}`, { headers })).json();
  expect(JSON.stringify(opened)).not.toMatch(/"(answer|answers|accepted|blanks|pairs)"/);
  const tasks = opened.tasks as Task[];

  const before = await (await request.get("/api/xel/dashboard", { headers })).json();
  expect(before).toMatchObject({
    xp_total: 0,
    modules_completed: 0,
    next_module: { slug: A1_VOCAB_SLUG },
  });

  let xp = 0;
  for (const task of tasks) {
    const first = await request.post(`/api/xel/tasks/${task.id}/submit`, {
      headers,
      data: { response: guess(task), time_spent_seconds: 5 },
    });
    expect(first.status()).toBe(200);
    const graded = await first.json();
    xp += graded.xp_awarded;
    if (!graded.is_correct) {
      expect(graded).toMatchObject({
        xp_awarded: 0,
        feedback: expect.stringContaining("Not quite"),
      });
      const right = await request.post(`/api/xel/tasks/${task.id}/submit`, {
        headers,
        data: { response: graded.correct_answer },
      });
      const rightJson = await right.json();
      expect(rightJson).toMatchObject({ is_correct: true, score: 100, xp_awarded: 10 });
      xp += rightJson.xp_awarded;
    }
  }
  expect(xp).toBe(10 * tasks.length);
  const again = await request.post(`/api/xel/tasks/${tasks[0]!.id}/submit`, {
    headers,
    data: {
      response: (
        await (
          await request.post(`/api/xel/tasks/${tasks[0]!.id}/submit`, {
            headers,
            data: { response: guess(tasks[0]!) },
          })
        ).json()
      ).correct_answer,
    },
  });
  expect(await again.json()).toMatchObject({ is_correct: true, xp_awarded: 0 });

  const after = await (await request.get("/api/xel/dashboard", { headers })).json();
  expect(after).toMatchObject({
    xp_total: 10 * tasks.length,
    modules_completed: 1,
    tasks_completed: tasks.length,
    streak: { current: 1, at_risk: false },
  });
  expect(after.weekly_activity.reduce((n: number, d: { xp: number }) => n + d.xp, 0)).toBe(
    10 * tasks.length,
  );
  expect(after.next_module.slug).not.toBe(A1_VOCAB_SLUG);

  const bad = await request.post(`/api/xel/tasks/${tasks[0]!.id}/submit`, {
    headers,
    data: { response: 42 },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).detail.error).toBe("validation_error");

  const streak = await (await request.get("/api/xp/streak-status", { headers })).json();
  expect(streak).toMatchObject({ current_streak: 1, longest_streak: 1, streak_at_risk: false });
});

test("API keys with quiz:* scopes read and submit; other keys are refused", async ({ request }) => {
  const { account, headers } = await signedInClient(request);
  const org = await createOrganization(request, headers, `XEL ${uniqueName("")}`);
  const quiz = await createApiKey(request, headers, {
    organization_id: org.id,
    permissions: ["quiz:read", "quiz:write"],
  });
  const chat = await createApiKey(request, headers, {
    organization_id: org.id,
    permissions: ["conversations:read"],
  });
  const quizKey = { "x-api-key": quiz.key_value };
  const { items } = await (await request.get("/api/xel/modules", { headers: quizKey })).json();
  const opened = await (
    await request.get(`/api/xel/modules/${items[0].id}`, { headers: quizKey })
  ).json();
  const task = opened.tasks[0] as Task;
  const submitted = await request.post(`/api/xel/tasks/${task.id}/submit`, {
    headers: quizKey,
    data: { response: guess(task) },
  });
  expect(submitted.status()).toBe(200);

  const refused = await request.get("/api/xel/modules", {
    headers: { "x-api-key": chat.key_value },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).detail.error).toBe("INSUFFICIENT_API_KEY_SCOPE");

  const open = await request.get(`/api/xp/public-profile/${account.username}`);
  expect(open.status()).toBe(200);
  const profile = await open.json();
  expect(Object.keys(profile).sort()).toEqual([
    "current_streak",
    "level",
    "longest_streak",
    "member_since",
    "modules_completed",
    "username",
    "xp_total",
  ]);
  expect(JSON.stringify(profile)).not.toContain("@");
});
