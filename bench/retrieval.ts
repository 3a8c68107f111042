// npm run bench:retrieval: ranking quality on Cranfield through the real upload verb, the job
// worker's ingestion and the search verb, in process (PGlite in memory, or DATABASE_URL).
// Rows with and without the local embedding model (KNOWLEDGE_EMBEDDINGS=local / off);
// `-- --no-embeddings`: without it, ingestion at its default speed.
// `-- --scale` (PostgreSQL): search latency at 1k, 10k and 100k passages. `-- --lab`: ranking
// variants compared in memory (bench/retrieval-lab.ts). Asserts nothing.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase, useDatabase } from "@/db/client";
import { rowsOf } from "@/db/types";
import { registerUser } from "@/server/auth/register";
import { createSession } from "@/server/auth/sessions";
import { appJobHandlers } from "@/server/jobs/app-jobs";
import { startWorker } from "@/server/jobs/worker";
import { createDocument } from "@/server/knowledge/documents";
import {
  localEmbedder,
  stopLocalEmbedder,
  setKnowledgeEmbedder,
} from "@/server/knowledge/embeddings";
import { searchKnowledge, type SearchInput } from "@/server/knowledge/search";
import type { AuthedCtx } from "@/server/platform/context";
import {
  averagePrecision,
  mean,
  ndcgAt,
  percentile,
  recallAt,
  type Qrels,
} from "./retrieval-metrics";
import { runLab, type DenseVectors } from "./retrieval-lab";
import { runScale } from "./retrieval-scale";

// ../shared/data/cranfield beside the repository (a worktree one level deeper looks further up);
// CRANFIELD_DIR overrides.
const DATA =
  process.env.CRANFIELD_DIR ??
  [
    path.resolve(import.meta.dirname, "../../shared/data/cranfield"),
    path.resolve(import.meta.dirname, "../../../shared/data/cranfield"),
  ].find((dir) => existsSync(dir)) ??
  path.resolve(import.meta.dirname, "../../shared/data/cranfield");
const lines = (file: string) =>
  readFileSync(path.join(DATA, file), "utf8").split("\n").filter(Boolean);

export type Corpus = { id: string; title: string; text: string }[];
export const corpus: Corpus = lines("corpus.jsonl").map((l) => JSON.parse(l) as Corpus[number]);
export const queries = lines("queries.jsonl").map(
  (l) => JSON.parse(l) as { _id: string; text: string },
);
const qrels: Qrels = new Map();
for (const line of lines("qrels/test.tsv").slice(1)) {
  const [q, d, rel] = line.split("\t");
  if (!qrels.has(q!)) qrels.set(q!, new Map());
  qrels.get(q!)!.set(d!, Number(rel));
}
for (const doc of corpus) doc.id = (doc as unknown as { _id: string })._id;

export async function benchUser(
  db: Awaited<ReturnType<typeof openDatabase>>["db"],
): Promise<AuthedCtx> {
  const name = `bench${Date.now().toString(36)}`;
  const request = { id: "bench", ip: "127.0.0.1", userAgent: "bench" };
  const user = await registerUser({
    ctx: { db, actor: { kind: "anonymous" }, request },
    input: { email: `${name}@example.com`, username: name, password: "bench password" },
  });
  const sessionId = await createSession(db, user.id, "api", request);
  return { db, actor: { kind: "user", userId: user.id, sessionId, via: "bearer" }, request };
}

/** Uploads the documents one after another and waits until the worker has ingested them all. */
export async function uploadAll(ctx: AuthedCtx, docs: { title: string; text: string }[]) {
  const worker = startWorker({ db: ctx.db, handlers: appJobHandlers, concurrency: 2, pollMs: 50 });
  const started = performance.now();
  const ids: string[] = [];
  for (const doc of docs) {
    const created = await createDocument({
      ctx,
      input: {
        filename: "abstract.txt",
        declaredType: "text/plain",
        data: new TextEncoder().encode(doc.text || " "),
        title: doc.title || "untitled",
      },
    });
    ids.push(created.id);
  }
  const uploaded = performance.now();
  for (;;) {
    const list = rowsOf<{ n: number }>(
      await ctx.db.execute(
        sql`select count(*)::int as n from documents where user_id = ${ctx.actor.userId} and status = 'processing'`,
      ),
    );
    if (Number(list[0]?.n) === 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const seconds = (performance.now() - started) / 1000;
  await worker.stop();
  return { ids, seconds, uploadSeconds: (uploaded - started) / 1000 };
}

async function evaluate(
  ctx: AuthedCtx,
  toCorpusId: Map<string, string>,
  options: Pick<SearchInput, "feedback" | "dense">,
) {
  const ndcg: number[] = [];
  const oddQuery: boolean[] = [];
  const ap: number[] = [];
  const recall: number[] = [];
  const times: number[] = [];
  for (const q of queries) {
    const relevant = qrels.get(q._id);
    if (!relevant) continue;
    const t = performance.now();
    const { results } = await searchKnowledge({
      ctx,
      input: { query: q.text, limit: 100, scope: "all", ...options },
    });
    times.push(performance.now() - t);
    const ranked = [...new Set(results.map((r) => toCorpusId.get(r.document_id)!))];
    ndcg.push(ndcgAt(ranked, relevant, 10));
    oddQuery.push(Number(q._id) % 2 === 1);
    ap.push(averagePrecision(ranked, relevant));
    recall.push(recallAt(ranked, relevant, 100));
  }
  return {
    ndcg: mean(ndcg),
    // The odd- and even-numbered queries apart, as the lab reports them: a gain on one half only
    // is noise.
    odd: mean(ndcg.filter((_, i) => oddQuery[i])),
    even: mean(ndcg.filter((_, i) => !oddQuery[i])),
    map: mean(ap),
    recall: mean(recall),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    n: ndcg.length,
  };
}

const fmt = (r: Awaited<ReturnType<typeof evaluate>>) =>
  `nDCG@10 ${r.ndcg.toFixed(4)} (odd ${r.odd.toFixed(3)}, even ${r.even.toFixed(3)})  MAP ${r.map.toFixed(3)}  R@100 ${r.recall.toFixed(3)}  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms`;

async function main() {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { url } : {});
  // eslint-disable-next-line react-hooks/rules-of-hooks -- not a React hook: points the app at the database
  useDatabase(database);
  if (process.argv.includes("--lab")) {
    // --dense=FILE: {"docs": {id: vector}, "queries": {id: vector}} made by an embedding model
    // (bench/embed-cranfield.ts), fused with the lexical ranking by reciprocal rank.
    const dense = process.argv.find((a) => a.startsWith("--dense="))?.slice("--dense=".length);
    const vectors = dense ? (JSON.parse(readFileSync(dense, "utf8")) as DenseVectors) : undefined;
    await runLab(database.db, corpus, queries, qrels, vectors);
    await database.close();
    return;
  }
  if (process.argv.includes("--scale")) {
    if (database.kind !== "postgres")
      throw new Error("--scale measures PostgreSQL: set DATABASE_URL");
    await runScale(database.db, !process.argv.includes("--no-embeddings"));
    await stopLocalEmbedder();
    await database.close();
    return;
  }
  // The passages are embedded as they are ingested (as with KNOWLEDGE_EMBEDDINGS=local), so
  // one run measures both settings: with the rerank by meaning, and without it (dense: false
  // ranks exactly as the default, KNOWLEDGE_EMBEDDINGS=off, does). Embedding costs ≈0.3 s of CPU
  // per passage on one thread: --no-embeddings measures ingestion's speed as it is by default.
  const embedder = process.argv.includes("--no-embeddings") ? null : localEmbedder;
  setKnowledgeEmbedder(embedder);
  const ctx = await benchUser(database.db);
  const { ids, seconds, uploadSeconds } = await uploadAll(ctx, corpus);
  console.log(
    `${database.kind}: ${ids.length} documents uploaded in ${uploadSeconds.toFixed(1)} s, all ready after ${seconds.toFixed(1)} s (${(ids.length / seconds).toFixed(0)} documents/s)`,
  );
  const toCorpusId = new Map(ids.map((id, i) => [id, corpus[i]!.id]));
  const variants: [string, Pick<SearchInput, "feedback" | "dense">][] = embedder
    ? [
        [`BM25F + RM3 ⊕ ${embedder.name} (local)`, {}],
        ["BM25F + RM3 (off, the default)", { dense: false }],
        ["BM25F alone", { feedback: false, dense: false }],
      ]
    : [
        ["BM25F + RM3 (default)", {}],
        ["BM25F alone", { feedback: false }],
      ];
  if (process.argv.includes("--sensitivity"))
    for (const documents of [5, 10, 20])
      for (const terms of [5, 10, 20])
        for (const originalWeight of [0.3, 0.5, 0.7])
          variants.push([
            `RM3 docs ${documents} terms ${terms} λ ${originalWeight}`,
            { feedback: { documents, terms, originalWeight } },
          ]);
  for (const [name, options] of variants)
    console.log(`${name.padEnd(44)}${fmt(await evaluate(ctx, toCorpusId, options))}`);
  await stopLocalEmbedder();
  await database.close();
}

if (import.meta.main) await main();
