// Next.js calls register() once per server process (with the custom server in server/main.ts, on
// the first request: the start-up health check). The job worker starts here because the app's
// code and its database live in the Next.js bundle, not in the process entry. The English
// evaluator's checkers (Harper's WebAssembly, the tagger, the word list) take seconds to load:
// they are loaded and exercised now, so no learner's first evaluation waits for them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { scrubConsoleErrors } = await import("@/server/platform/logger");
  scrubConsoleErrors();
  const { startAppWorker } = await import("@/server/jobs/app-worker");
  startAppWorker();
  const { warmEvaluator } = await import("./server/xel/warm");
  void warmEvaluator();
}
