import path from "node:path";
import { getEnv } from "@/server/platform/env";
import { threadHost } from "@/server/platform/thread-host";
import type { SpeakingInput } from "./evaluator/speaking.ts";
import type { OfflineTask } from "./evaluator/worker.ts";
import type { evaluateSpeakingOffline } from "./evaluator/speaking.ts";
import type { evaluateWritingOffline } from "./evaluator/writing.ts";

type WritingResult = Awaited<ReturnType<typeof evaluateWritingOffline>>;
type SpeakingResult = Awaited<ReturnType<typeof evaluateSpeakingOffline>>;

let idleSecondsOverride: number | undefined;

/**
 * The offline evaluator runs on one worker thread per process, started on the first evaluation
 * and stopped after EVALUATOR_IDLE_SECONDS without one. What it trades: the first evaluation
 * after a quiet spell waits ≈2 s for Harper to load, and in exchange an idle server does not hold
 * the checkers' ≈300 MB, and no essay's ≈50 ms of CPU blocks other requests.
 */
const evaluator = threadHost({
  // Run from source (Node strips the types), so the bundler has nothing to follow: the checkers
  // and their WebAssembly load from node_modules as they do in `npm run bench:evaluator`.
  file: path.join(process.cwd(), "server/xel/evaluator/worker.ts"),
  name: "offline evaluator",
  idleSeconds: () => idleSecondsOverride ?? getEnv().EVALUATOR_IDLE_SECONDS,
});

export function evaluateWritingOnThread(text: string): Promise<WritingResult> {
  return evaluator.run<WritingResult>({ kind: "writing", text } satisfies OfflineTask);
}

export function evaluateSpeakingOnThread(input: SpeakingInput): Promise<SpeakingResult> {
  return evaluator.run<SpeakingResult>({ kind: "speaking", input } satisfies OfflineTask);
}

/** Whether the evaluator's thread is loaded (for tests and the benchmark). */
export const evaluatorThreadRunning = () => evaluator.running();

/** Tests: a shorter idle spell (undefined: the configured one). */
export function setEvaluatorIdleSeconds(seconds: number | undefined) {
  idleSecondsOverride = seconds;
}

/** Stops the thread now (tests; a clean shutdown). */
export const stopEvaluatorThread = () => evaluator.stop();
