import { loadavg } from "node:os";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/types";
import { documents, users } from "@/db/schema";
import { registerUser } from "@/server/auth/register";
import { createSession } from "@/server/auth/sessions";
import { analyseIndex, indexDocument } from "@/server/knowledge/indexing";
import { explainSearch, searchKnowledge } from "@/server/knowledge/search";
import { localEmbedder, setKnowledgeEmbedder } from "@/server/knowledge/embeddings";

import type { AuthedCtx } from "@/server/platform/context";
import { percentile } from "./retrieval-metrics";
import { corpus, queries } from "./retrieval";

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

const PER_DOCUMENT = 50;

/**
 * The scale bench's user for one size, kept across runs so a rerun on the same database measures
 * at once. Each size has its own user: a query reads only its caller's postings, so the 1k user's
 * searches see 1k passages while the corpus statistics cover all of them.
 */
async function scaleUser(db: Db, size: number): Promise<AuthedCtx> {
  const email = `retrieval-scale-${size}@example.com`;
  const request = { id: "bench", ip: "127.0.0.1", userAgent: "bench" };
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const userId =
    existing?.id ??
    (
      await registerUser({
        ctx: { db, actor: { kind: "anonymous" }, request },
        input: { email, username: `retrievalscale${size}`, password: "bench password" },
      })
    ).id;
  const sessionId = await createSession(db, userId, "api", request);
  return { db, actor: { kind: "user", userId, sessionId, via: "bearer" }, request };
}

/**
 * Fills the user's knowledge base up to `target` passages: documents of 50 passages indexed by the
 * real indexing function (the ingestion job's last step; extraction and chunking, measured by the
 * Cranfield run, are skipped so 100k passages fill in minutes).
 */
async function fillTo(ctx: AuthedCtx, target: number, source: Generator<string>): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await ctx.db.execute(sql`
      select count(*)::int as n from knowledge_chunks c join documents d on d.id = c.document_id
      where d.user_id = ${ctx.actor.userId}`),
  );
  let filled = Number(row?.n ?? 0);
  const started = performance.now();
  for (; filled < target; filled += PER_DOCUMENT) {
    const chunks = Array.from({ length: PER_DOCUMENT }, () => ({
      content: source.next().value,
      heading: null,
      page: null,
    }));
    await ctx.db.transaction(async (tx) => {
      const [doc] = await tx
        .insert(documents)
        .values({
          userId: ctx.actor.userId,
          title: `Report ${filled / PER_DOCUMENT}`,
          filename: "report.txt",
          contentType: "text/plain",
          sizeBytes: chunks.reduce((s, c) => s + c.content.length, 0),
          status: "ready",
          chunkCount: PER_DOCUMENT,
        })
        .returning();
      await indexDocument(tx, doc!, chunks);
    });
  }
  return (performance.now() - started) / 1000;
}

export async function runScale(db: Db, withEmbeddings: boolean) {
  const source = passages(42);
  for (const target of [1_000, 10_000, 100_000]) {
    const ctx = await scaleUser(db, target);
    const seconds = await fillTo(ctx, target, source);
    // The app's knowledge.analyse job does this every five minutes; VACUUM also marks the pages
    // all-visible so the covering indexes answer without reading the table (Index Only Scan).
    await db.execute(sql`vacuum analyze knowledge_postings`);
    await analyseIndex(db);
    const search = (query: string) =>
      searchKnowledge({ ctx, input: { query, limit: 10, scope: "all" } });
    for (const q of queries.slice(0, 50)) await search(q.text); // warm-up
    // The machine's state beside the figures: a round trip that does nothing, and the load.
    const idle: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t = performance.now();
      await db.execute(sql`select 1`);
      idle.push(performance.now() - t);
    }
    const times: number[] = [];
    const firstPass: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      await search(q.text);
      times.push(performance.now() - t);
    }
    for (const q of queries) {
      const t = performance.now();
      await searchKnowledge({
        ctx,
        input: { query: q.text, limit: 10, scope: "all", feedback: false },
      });
      firstPass.push(performance.now() - t);
    }
    console.log(
      `${target.toLocaleString("en")} passages (filled in ${seconds.toFixed(0)} s): search p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms; without feedback p50 ${percentile(firstPass, 50).toFixed(1)} ms, p95 ${percentile(firstPass, 95).toFixed(1)} ms  [load ${loadavg()[0]!.toFixed(1)}, select 1 p50 ${percentile(idle, 50).toFixed(2)} ms]`,
    );
    console.log(await explainSearch(ctx, queries[0]!.text));
    if (withEmbeddings) await measureWithEmbeddings(ctx);
  }
}

/**
 * Search time with the rerank by meaning (KNOWLEDGE_EMBEDDINGS=local): the question is embedded by
 * the real model, and the passages' vectors are stand-ins (one random unit vector for all; what is
 * measured is reading and comparing 100 of them, which does not depend on their values: embedding
 * 100k passages for real would take ≈8 hours of CPU here).
 */
async function measureWithEmbeddings(ctx: AuthedCtx) {
  await ctx.db.execute(sql`
    with r as (select random() - 0.5 as x from generate_series(1, 384)),
         v as (select array_agg(x / (select sqrt(sum(x * x)) from r))::real[] as unit from r)
    update knowledge_chunks c set embedding = v.unit, embedding_model = ${localEmbedder.name}
    from v, documents d
    where d.id = c.document_id and d.user_id = ${ctx.actor.userId} and c.embedding_model is null`);
  setKnowledgeEmbedder(localEmbedder);
  try {
    const search = (query: string) =>
      searchKnowledge({ ctx, input: { query, limit: 10, scope: "all" } });
    for (const q of queries.slice(0, 20)) await search(q.text); // warm-up, the model loaded
    const times: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      await search(q.text);
      times.push(performance.now() - t);
    }
    console.log(
      `  with embeddings: search p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms  [load ${loadavg()[0]!.toFixed(1)}]`,
    );
  } finally {
    setKnowledgeEmbedder(undefined);
  }
}
