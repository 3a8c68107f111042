import { afterAll, expect, it, vi } from "vitest";
import { evaluateWritingOffline } from "./evaluator/writing.ts";
import {
  evaluateSpeakingOnThread,
  evaluateWritingOnThread,
  evaluatorThreadRunning,
  setEvaluatorIdleSeconds,
  stopEvaluatorThread,
} from "./offline";

const ESSAY =
  "Many student thinks that homework is useful, but others says it take too much time. In my " +
  "opinion, a little homework every day help students to remember what they learned in class " +
  "and to prepare for exams. Last year my teacher give us homework every night and I learn a lot.";

afterAll(() => stopEvaluatorThread());

it("answers on its thread exactly what the evaluator answers in process", async () => {
  const [onThread, inProcess] = await Promise.all([
    evaluateWritingOnThread(ESSAY),
    evaluateWritingOffline(ESSAY),
  ]);
  expect(onThread.status).toBe("scored");
  expect(onThread.issues.length).toBeGreaterThan(0);
  expect(onThread).toEqual(inProcess);
}, 60_000);

it("evaluates speaking on the thread too", async () => {
  const result = await evaluateSpeakingOnThread({ text: ESSAY, durationSeconds: 30 });
  expect(result.status).toBe("scored");
}, 60_000);

it("serves parallel evaluations, each with its own answer", async () => {
  const texts = [ESSAY, ESSAY.replace("homework", "sport"), "Too short."];
  const answers = await Promise.all(texts.map((t) => evaluateWritingOnThread(t)));
  expect(answers.map((a) => a.status)).toEqual(["scored", "scored", "insufficient_text"]);
  expect(answers[1]).not.toEqual(answers[0]);
}, 60_000);

it("stops when idle and starts again on the next evaluation", async () => {
  setEvaluatorIdleSeconds(1);
  try {
    await stopEvaluatorThread();
    await evaluateWritingOnThread(ESSAY);
    expect(evaluatorThreadRunning()).toBe(true);
    await vi.waitFor(() => expect(evaluatorThreadRunning()).toBe(false), {
      timeout: 10_000,
      interval: 100,
    });
    expect((await evaluateWritingOnThread(ESSAY)).status).toBe("scored");
  } finally {
    setEvaluatorIdleSeconds(undefined);
  }
}, 60_000);

it("fails the evaluations in flight with a clear error when the thread dies, then recovers", async () => {
  // A fresh thread spends its first second or more loading Harper, so the job is surely still
  // in flight when the thread is stopped.
  await stopEvaluatorThread();
  const inFlight = evaluateWritingOnThread(ESSAY);
  await stopEvaluatorThread();
  await expect(inFlight).rejects.toThrow(/offline evaluator stopped/);
  expect((await evaluateWritingOnThread(ESSAY)).status).toBe("scored");
}, 60_000);
