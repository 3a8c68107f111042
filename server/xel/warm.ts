import { log } from "@/server/platform/logger";
import { evaluateWritingOffline } from "./evaluator/writing.ts";

const SAMPLE =
  "Many students think that homework is useful, but others say it takes too much time. In my opinion, " +
  "a little homework every day helps students to remember what they learned in class and to prepare for exams.";

/** Loads the checkers and runs one evaluation, so the JIT and Harper's caches are warm too. */
export async function warmEvaluator(): Promise<void> {
  const started = performance.now();
  try {
    await evaluateWritingOffline(SAMPLE);
    log.info("english evaluator ready", { ms: Math.round(performance.now() - started) });
  } catch (error) {
    // The first evaluation will try again; the server stays up.
    log.error("english evaluator failed to load", { error });
  }
}
