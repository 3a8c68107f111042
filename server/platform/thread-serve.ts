// The worker's side of threadHost (thread-host.ts): answers each task posted to this thread.
// Worker files run from source with Node's type stripping, so they import this file relatively.
import { parentPort } from "node:worker_threads";
import type { ThreadAnswer } from "./thread-host.ts";

export function serveTasks<T>(handle: (task: T) => unknown): void {
  parentPort?.on("message", ({ id, task }: { id: number; task: T }) => {
    void (async (): Promise<ThreadAnswer> => {
      try {
        return { id, result: await handle(task) };
      } catch (error) {
        return { id, error: error instanceof Error ? error.message : String(error) };
      }
    })().then((answer) => parentPort?.postMessage(answer));
  });
}
