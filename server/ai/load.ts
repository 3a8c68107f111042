/**
 * The AI SDK, loaded on the first call that reaches a model. It is ≈1.7 MB of source, and
 * Next.js copies it into every route bundle that imports chat, the evaluator, RAG or Live (the
 * REST, tRPC and chat routes); V8 keeps a loaded module's source for the life of the process.
 * Imported at the top, it cost every idle server those copies; most requests never reach a model.
 */
export function loadAi() {
  return import("ai");
}
