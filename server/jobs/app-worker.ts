import { getDatabase } from "@/db/client";
import { getEnv } from "@/server/platform/env";
import { log } from "@/server/platform/logger";
import { appJobHandlers, appRecurringJobs } from "./app-jobs";
import { startWorker, type Worker } from "./worker";

const GLOBAL_KEY = Symbol.for("xentree.jobWorker");
type GlobalWithWorker = typeof globalThis & { [GLOBAL_KEY]?: Promise<Worker | null> };

/** Starts this process's job worker once (JOB_CONCURRENCY 0: none), after the database opens. */
export function startAppWorker(): Promise<Worker | null> {
  const g = globalThis as GlobalWithWorker;
  g[GLOBAL_KEY] ??= (async () => {
    const concurrency = getEnv().JOB_CONCURRENCY;
    if (concurrency === 0) return null;
    const { db } = await getDatabase();
    const worker = startWorker({
      db,
      handlers: appJobHandlers,
      recurring: appRecurringJobs,
      concurrency,
    });
    log.info("job worker started", { worker: worker.id, concurrency });
    return worker;
  })().catch((error: unknown) => {
    log.error("job worker could not start", { error });
    delete g[GLOBAL_KEY];
    return null;
  });
  return g[GLOBAL_KEY];
}
