import path from "node:path";
import { Worker } from "node:worker_threads";
import { getEnv } from "@/server/platform/env";
import type { SpeakingInput } from "./evaluator/speaking.ts";
import type { OfflineAnswer, OfflineTask } from "./evaluator/worker.ts";
import type { evaluateSpeakingOffline } from "./evaluator/speaking.ts";
import type { evaluateWritingOffline } from "./evaluator/writing.ts";

type WritingResult = Awaited<ReturnType<typeof evaluateWritingOffline>>;
type SpeakingResult = Awaited<ReturnType<typeof evaluateSpeakingOffline>>;
type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * The offline evaluator runs on one worker thread per process, started on the first evaluation
 * and stopped after EVALUATOR_IDLE_SECONDS without one. What it trades: the first evaluation
 * after a quiet spell waits ≈2 s for Harper to load, and in exchange an idle server does not hold
 * the checkers' ≈300 MB, and no essay's ≈50 ms of CPU blocks other requests.
 */
let thread: { worker: Worker; pending: Map<number, Pending>; idle?: NodeJS.Timeout } | null = null;
let nextId = 1;
let idleSecondsOverride: number | undefined;

// Run from source (Node strips the types), so the bundler has nothing to follow: the checkers
// and their WebAssembly load from node_modules as they do in `npm run bench:evaluator`.
const WORKER_FILE = path.join(process.cwd(), "server/xel/evaluator/worker.ts");

function start() {
  const worker = new Worker(WORKER_FILE);
  const own = { worker, pending: new Map<number, Pending>() };
  const fail = (error: Error) => {
    if (thread === own) thread = null;
    for (const p of own.pending.values()) p.reject(error);
    own.pending.clear();
  };
  worker.on("message", (answer: OfflineAnswer) => {
    const p = own.pending.get(answer.id);
    own.pending.delete(answer.id);
    if (answer.error !== undefined) p?.reject(new Error(`offline evaluator: ${answer.error}`));
    else p?.resolve(answer.result);
    if (own.pending.size === 0) armIdleStop(own);
  });
  worker.on("error", (error) => fail(error));
  worker.on("exit", (code) => fail(new Error(`the offline evaluator stopped (exit code ${code})`)));
  worker.unref(); // an idle evaluator never keeps the process alive
  return own;
}

function armIdleStop(own: NonNullable<typeof thread>) {
  clearTimeout(own.idle);
  own.idle = setTimeout(
    () => {
      if (own.pending.size > 0) return;
      if (thread === own) thread = null;
      void own.worker.terminate();
    },
    (idleSecondsOverride ?? getEnv().EVALUATOR_IDLE_SECONDS) * 1000,
  );
  own.idle.unref();
}

function run(task: OfflineTask): Promise<unknown> {
  thread ??= start();
  const own = thread;
  clearTimeout(own.idle);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    own.pending.set(id, { resolve, reject });
    own.worker.postMessage({ ...task, id });
  });
}

export function evaluateWritingOnThread(text: string): Promise<WritingResult> {
  return run({ kind: "writing", text }) as Promise<WritingResult>;
}

export function evaluateSpeakingOnThread(input: SpeakingInput): Promise<SpeakingResult> {
  return run({ kind: "speaking", input }) as Promise<SpeakingResult>;
}

/** Whether the evaluator's thread is loaded (for tests and the benchmark). */
export function evaluatorThreadRunning(): boolean {
  return thread !== null;
}

/** Tests: a shorter idle spell (undefined: the configured one). */
export function setEvaluatorIdleSeconds(seconds: number | undefined) {
  idleSecondsOverride = seconds;
}

/** Stops the thread now (tests; a clean shutdown). */
export async function stopEvaluatorThread(): Promise<void> {
  const own = thread;
  thread = null;
  if (own) await own.worker.terminate();
}
