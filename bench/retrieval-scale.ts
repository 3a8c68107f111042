import type { Db } from "@/db/client";
import { analyseIndex } from "@/server/knowledge/indexing";
import { searchKnowledge } from "@/server/knowledge/search";
import { percentile } from "./retrieval-metrics";
import { benchUser, corpus, queries, uploadAll } from "./retrieval";

/** Realistic text: sentences of the Cranfield abstracts, shuffled into new ~150-word passages. */
function* passages(seed: number): Generator<string> {
  const sentences = corpus.flatMap((d) => d.text.split(/(?<=\.)\s+/)).filter((s) => s.length > 20);
  let x = seed;
  const random = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x / 2 ** 31);
  for (;;) {
    const words: string[] = [];
    while (words.length < 150)
      words.push(...sentences[Math.floor(random() * sentences.length)]!.split(" "));
    yield words.join(" ");
  }
}

export async function runScale(db: Db) {
  const ctx = await benchUser(db);
  const source = passages(42);
  let filled = 0;
  for (const target of [1_000, 10_000, 100_000]) {
    // Documents of ten passages (paragraphs of ~150 words chunk one per passage).
    const docs = [];
    for (; filled < target; filled += 10)
      docs.push({
        title: `Report ${filled / 10}`,
        text: Array.from({ length: 10 }, () => source.next().value).join("\n\n"),
      });
    const { seconds } = await uploadAll(ctx, docs);
    // What the app's recurring knowledge.analyse job does every five minutes.
    await analyseIndex(db);
    const times: number[] = [];
    for (const q of queries.slice(0, 100))
      await searchKnowledge({ ctx, input: { query: q.text, limit: 10, scope: "all" } }); // warm-up
    for (const q of queries) {
      const t = performance.now();
      await searchKnowledge({ ctx, input: { query: q.text, limit: 10, scope: "all" } });
      times.push(performance.now() - t);
    }
    console.log(
      `${target.toLocaleString("en")} passages (${docs.length} documents ingested in ${seconds.toFixed(0)} s): search p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
    );
  }
}
