import { expect, test } from "@playwright/test";
import { createApiKey, createOrganization, signedInClient, uniqueName } from "../support";

const ESSAY =
  "Many students think that homework is not useful. In my opinion, homework help students to remember " +
  "what they learn in class. However I agree that teachers should not give too much homeworks. Students " +
  "also need time to rest and to play with their friends, because a tired student cannot learn well. " +
  "Yesterday my brother go to bed very late because he have a lot of exercises.";

test("an integrator evaluates writing and speaking with an xel:write key and lists the results", async ({
  request,
}) => {
  const admin = await signedInClient(request);
  const org = await createOrganization(request, admin.headers, `English ${uniqueName("")}`);
  const key = await createApiKey(request, admin.headers, {
    organization_id: org.id,
    permissions: ["xel:write", "xel:read"],
  });
  const headers = { "x-api-key": key.key_value };

  const writing = await request.post("/api/xel/evaluate", {
    headers,
    data: { skill: "writing", text: ESSAY, prompt: "Is homework useful?" },
  });
  expect(writing.status()).toBe(200);
  const evaluation = await writing.json();
  expect(evaluation).toMatchObject({
    skill: "writing",
    status: "scored",
    evaluator: { mode: "offline", provider: null, model: null },
    prompt: "Is homework useful?",
    text: ESSAY,
  });
  expect(evaluation.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(evaluation.created_at).toMatch(/\.\d{3}Z$/);
  expect(Object.keys(evaluation.criteria)).toEqual([
    "cohesion",
    "syntax",
    "vocabulary",
    "phraseology",
    "grammar",
    "conventions",
  ]);
  for (const score of [evaluation.overall, ...Object.values(evaluation.criteria)] as number[]) {
    expect(score * 2).toBe(Math.round(score * 2));
    expect(score).toBeGreaterThanOrEqual(1);
    expect(score).toBeLessThanOrEqual(5);
  }
  const marked = evaluation.issues.map((i: { start: number; end: number }) =>
    ESSAY.slice(i.start, i.end),
  );
  expect(marked).toEqual(expect.arrayContaining(["help", "homeworks", "go", "have"]));
  expect(evaluation.metrics.word_count).toBeGreaterThan(60);

  const short = await (
    await request.post("/api/xel/evaluate", {
      headers,
      data: { skill: "writing", text: "Too short to judge." },
    })
  ).json();
  expect(short).toMatchObject({ status: "insufficient_text", overall: null, cefr_level: null });

  const speaking = await request.post("/api/xel/evaluate", {
    headers,
    data: {
      skill: "speaking",
      transcript: [
        {
          text: "Um, I think that working in a group is better than working alone.",
          start: 0,
          end: 4,
        },
        { text: "Because you can share ideas and, uh, learn from", start: 4.5, end: 7.5 },
        {
          text: "other people. For example, last year my team won a science competition together.",
          start: 9,
          end: 14,
        },
      ],
    },
  });
  expect(speaking.status()).toBe(200);
  const spoken = await speaking.json();
  expect(spoken.criteria.pronunciation).toBeNull();
  expect(spoken.metrics).toMatchObject({ fillers: 2, pause_count: 2 });

  const invalid = await request.post("/api/xel/evaluate", {
    headers,
    data: { skill: "speaking", text: "no transcript" },
  });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).detail.issues[0].path).toBe("transcript");

  const list = await (await request.get("/api/xel/evaluations", { headers })).json();
  expect(list.items.map((e: { id: string }) => e.id)).toEqual([spoken.id, short.id, evaluation.id]);
  const one = await request.get(`/api/xel/evaluations/${evaluation.id}`, { headers });
  expect((await one.json()).id).toBe(evaluation.id);

  const readOnly = await createApiKey(request, admin.headers, {
    organization_id: org.id,
    permissions: ["xel:read"],
  });
  const refused = await request.post("/api/xel/evaluate", {
    headers: { "x-api-key": readOnly.key_value },
    data: { skill: "writing", text: ESSAY },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).detail.error).toBe("INSUFFICIENT_API_KEY_SCOPE");
});
