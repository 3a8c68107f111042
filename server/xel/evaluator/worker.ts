// The offline evaluator's own thread, started by server/xel/offline.ts. Harper's WebAssembly,
// the tagger and the word list take ≈300 MB and each essay ≈50 ms of CPU: on a thread they stay
// off the server's event loop, and the memory is given back when the thread is stopped after an
// idle spell. Runs from source with Node's type stripping, so it imports only relative files.
import { parentPort } from "node:worker_threads";
import { evaluateSpeakingOffline, type SpeakingInput } from "./speaking.ts";
import { evaluateWritingOffline } from "./writing.ts";

export type OfflineTask =
  { kind: "writing"; text: string } | { kind: "speaking"; input: SpeakingInput };
export type OfflineJob = OfflineTask & { id: number };

export type OfflineAnswer = { id: number; result?: unknown; error?: string };

async function run(job: OfflineJob): Promise<OfflineAnswer> {
  try {
    const result =
      job.kind === "writing"
        ? await evaluateWritingOffline(job.text)
        : await evaluateSpeakingOffline(job.input);
    return { id: job.id, result };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on("message", (job: OfflineJob) => {
  void run(job).then((answer) => parentPort?.postMessage(answer));
});
