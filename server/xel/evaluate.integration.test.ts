import { expect, it } from "vitest";
import type { ApiKeyActor } from "@/server/platform/context";
import { describeEachDatabase } from "@/tests/databases";
import { codeOf } from "@/tests/fixtures";
import { mockModel, registryWith } from "@/tests/mock-models";
import { createTestUser } from "@/tests/users";
import { getDashboard } from "./dashboard.ts";
import { evaluate, getEvaluation, listEvaluations } from "./evaluate.ts";
import { EvaluateRequest } from "./schemas.ts";

const ESSAY =
  "Many students think that homework is not useful. In my opinion, homework help students to remember " +
  "what they learn in class. However I agree that teachers should not give too much homeworks. Students " +
  "also need time to rest and to play with their friends, because a tired student can not learn well.";

const ask = (fields: Record<string, unknown>) => EvaluateRequest.parse(fields);
const half = (v: number) => Number.isInteger(v * 2) && v >= 1 && v <= 5;

const modelAnswer = JSON.stringify({
  criteria: Object.fromEntries(
    ["cohesion", "syntax", "vocabulary", "phraseology", "grammar", "conventions"].map((k) => [
      k,
      { score: 4.5, evidence: "In my opinion" },
    ]),
  ),
  overall: 4.5,
  issues: [
    {
      quote: "can not",
      category: "spelling",
      message: "Write “cannot” as one word.",
      suggestion: "cannot",
    },
    { quote: "words the learner never wrote", category: "grammar", message: "x", suggestion: null },
  ],
  strengths: ["Clear opinion stated early."],
  next_steps: ["Check subject–verb agreement."],
});

describeEachDatabase("English evaluation", (db) => {
  it("evaluates writing offline, stores it, and lists it for its owner only", async () => {
    const { ctx } = await createTestUser(db());
    const result = await evaluate({
      ctx,
      input: ask({ skill: "writing", text: ESSAY, mode: "offline" }),
    });
    expect(result.status).toBe("scored");
    expect(result.evaluator).toMatchObject({ mode: "offline", provider: null, model: null });
    for (const v of [result.overall!, ...Object.values(result.criteria)])
      expect(half(v!)).toBe(true);
    expect(Object.keys(result.criteria)).toEqual([
      "cohesion",
      "syntax",
      "vocabulary",
      "phraseology",
      "grammar",
      "conventions",
    ]);
    expect(result.cefr_level).toMatch(/^[ABC][12]$/);
    const marked = result.issues.map((i) => ESSAY.slice(i.start, i.end));
    expect(marked).toEqual(expect.arrayContaining(["help", "homeworks"]));
    expect(await getEvaluation({ ctx, evaluationId: result.id })).toEqual(result);
    const page = await listEvaluations({ ctx, input: { limit: 20 } });
    expect(page.items.map((e) => e.id)).toEqual([result.id]);
    // The dashboard lists it among the recent evaluations, whatever asked for it.
    const short = await evaluate({
      ctx,
      input: ask({ skill: "speaking", transcript: "Hi there." }),
    });
    expect((await getDashboard({ ctx })).recent_evaluations).toEqual([
      expect.objectContaining({
        evaluation_id: short.id,
        status: "insufficient_text",
        overall: null,
      }),
      {
        evaluation_id: result.id,
        skill: "writing",
        status: "scored",
        overall: result.overall,
        cefr_level: result.cefr_level,
        task_id: null,
        created_at: result.created_at,
      },
    ]);

    const other = await createTestUser(db());
    expect((await listEvaluations({ ctx: other.ctx, input: { limit: 20 } })).items).toEqual([]);
    expect(await codeOf(getEvaluation({ ctx: other.ctx, evaluationId: result.id }))).toBe(
      "not_found",
    );
    const key: ApiKeyActor = {
      kind: "apiKey",
      userId: ctx.actor.userId,
      keyId: "k",
      organizationId: crypto.randomUUID(),
      scopes: ["xel:read"],
    };
    expect(
      (await listEvaluations({ ctx: { ...ctx, actor: key }, input: { limit: 20 } })).items,
    ).toEqual([]);
    expect((await getDashboard({ ctx: { ...ctx, actor: key } })).recent_evaluations).toEqual([]);
  });

  it("answers insufficient_text for a short text, with no scores", async () => {
    const { ctx } = await createTestUser(db());
    const result = await evaluate({
      ctx,
      input: ask({ skill: "writing", text: "I like my school. It is big." }),
    });
    expect(result).toMatchObject({ status: "insufficient_text", overall: null, cefr_level: null });
    expect(Object.values(result.criteria).every((v) => v === null)).toBe(true);
    expect(result.next_steps[0]).toMatch(/at least 30 words/);
  });

  it("hybrid: parses the model's structured answer, keeps offline issues, reports disagreements", async () => {
    const { ctx } = await createTestUser(db());
    const { model, calls } = mockModel(modelAnswer);
    const result = await evaluate({
      ctx,
      input: ask({ skill: "writing", text: ESSAY }),
      deps: { registry: registryWith(model) },
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.responseFormat).toMatchObject({ type: "json" });
    expect(result.evaluator).toMatchObject({ mode: "hybrid", provider: "mock", model: "mock-1" });
    const marked = result.issues.map((i) => ESSAY.slice(i.start, i.end));
    expect(marked).toEqual(expect.arrayContaining(["help", "homeworks", "can not"]));
    expect(marked).not.toContain("words the learner never wrote");
    expect(result.strengths[0]).toBe("Clear opinion stated early.");
    for (const v of Object.values(result.criteria)) expect(half(v!)).toBe(true);
    expect(result.evaluator.disagreements!.length).toBeGreaterThan(0);
  });

  it("llm mode uses the model's scores; invalid model output is a 503 in llm mode and an offline fallback in auto", async () => {
    const { ctx } = await createTestUser(db());
    const good = mockModel(modelAnswer);
    const llm = await evaluate({
      ctx,
      input: ask({ skill: "writing", text: ESSAY, mode: "llm" }),
      deps: { registry: registryWith(good.model) },
    });
    expect(llm.evaluator.mode).toBe("llm");
    expect(llm.overall).toBe(4.5);
    expect(llm.criteria.grammar).toBe(4.5);

    const bad = mockModel('{"criteria": {"cohesion": {"score": 9}}, "overall": "great"}');
    expect(
      await codeOf(
        evaluate({
          ctx,
          input: ask({ skill: "writing", text: ESSAY, mode: "llm" }),
          deps: { registry: registryWith(bad.model) },
        }),
      ),
    ).toBe("provider_unavailable");
    const fallback = await evaluate({
      ctx,
      input: ask({ skill: "writing", text: ESSAY }),
      deps: { registry: registryWith(mockModel("not json at all").model) },
    });
    expect(fallback.evaluator.mode).toBe("offline");
    expect(fallback.evaluator.notes?.fallback).toMatch(/offline only/);
    expect(fallback.status).toBe("scored");
  });

  it("explicit llm mode with no provider configured is a validation error", async () => {
    const { ctx } = await createTestUser(db());
    const none = registryWith(mockModel("").model);
    const offlineOnly = { ...none, resolve: () => ({ ...none.resolve("auto"), offline: true }) };
    expect(
      await codeOf(
        evaluate({
          ctx,
          input: ask({ skill: "writing", text: ESSAY, mode: "llm" }),
          deps: { registry: offlineOnly },
        }),
      ),
    ).toBe("validation_error");
  });

  it("evaluates a timed speaking transcript: rate, pauses, fillers; pronunciation null with a reason", async () => {
    const { ctx } = await createTestUser(db());
    const transcript = [
      { text: "Um, I think that working in a group is better.", start: 0, end: 3.2 },
      { text: "Because you can share ideas and, uh, learn from", start: 3.6, end: 6.8 },
      {
        text: "other people. For example, last year my team won a science competition.",
        start: 8.4,
        end: 12.9,
      },
      {
        text: "We worked together every day and we helped each other a lot.",
        start: 13.3,
        end: 16.5,
      },
    ];
    const result = await evaluate({
      ctx,
      input: ask({ skill: "speaking", transcript, mode: "offline" }),
    });
    expect(result.status).toBe("scored");
    expect(Object.keys(result.criteria)).toEqual([
      "fluency",
      "coherence",
      "vocabulary",
      "grammar",
      "pronunciation",
    ]);
    expect(result.criteria.pronunciation).toBeNull();
    expect(result.evaluator.notes?.pronunciation).toMatch(/No audio/);
    expect(result.metrics).toMatchObject({ fillers: 2, pause_count: 3, mid_sentence_pauses: 1 });
    expect(result.metrics.speech_rate_wpm).toBeGreaterThan(120);
    expect(result.text.startsWith("Um, I think")).toBe(true);
    const plain = await evaluate({
      ctx,
      input: ask({
        skill: "speaking",
        transcript: transcript.map((s) => s.text).join(" "),
        mode: "offline",
      }),
    });
    expect(plain.criteria.fluency).toBeNull();
    expect(plain.evaluator.notes?.fluency).toMatch(/duration_seconds/);
  });
});
