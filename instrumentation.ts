// Next.js runs register() once when the server starts. The English evaluator's checkers (Harper's
// WebAssembly, the tagger, the word list) take seconds to load: load and exercise them now, so no
// learner's first evaluation waits for them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmEvaluator } = await import("./server/xel/warm");
  void warmEvaluator();
}
