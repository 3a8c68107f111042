// The offline evaluator's own thread, started by server/xel/offline.ts. Harper's WebAssembly,
// the tagger and the word list take ≈300 MB and each essay ≈50 ms of CPU: on a thread they stay
// off the server's event loop, and the memory is given back when the thread is stopped after an
// idle spell. Runs from source with Node's type stripping, so it imports only relative files.
import { serveTasks } from "../../platform/thread-serve.ts";
import { evaluateSpeakingOffline, type SpeakingInput } from "./speaking.ts";
import { evaluateWritingOffline } from "./writing.ts";

export type OfflineTask =
  { kind: "writing"; text: string } | { kind: "speaking"; input: SpeakingInput };

serveTasks<OfflineTask>((task) =>
  task.kind === "writing" ? evaluateWritingOffline(task.text) : evaluateSpeakingOffline(task.input),
);
