// Next.js calls register() once per server process (with the custom server in server/main.ts, on
// the first request: the start-up health check). The job worker starts here because the app's
// code and its database live in the Next.js bundle, not in the process entry. The English
// evaluator is not loaded here: it runs on its own thread, started on first use and stopped when
// idle (server/xel/offline.ts), so an idle server does not hold its ≈300 MB.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { scrubConsoleErrors } = await import("@/server/platform/logger");
  scrubConsoleErrors();
  const { startAppWorker } = await import("@/server/jobs/app-worker");
  startAppWorker();
}
