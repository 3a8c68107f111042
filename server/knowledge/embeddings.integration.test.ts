import { eq, inArray } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { documents, knowledgeChunks } from "@/db/schema";
import { appJobHandlers } from "@/server/jobs/app-jobs";
import { runUntilIdle } from "@/server/jobs/worker";
import { describeEachDatabase } from "@/tests/databases";
import { createTestUser, type TestUser } from "@/tests/users";
import { backfillEmbeddings } from "./backfill";
import { createDocument } from "./documents";
import { setKnowledgeEmbedder, type Embedder } from "./embeddings";
import { searchKnowledge } from "./search";

// A stand-in model whose sense of meaning is a few hand-made concepts, so a test can say which
// passage is closest to a question in meaning without loading the real one.
const CONCEPTS: Record<string, string[]> = {
  car: ["car", "automobile", "vehicle", "motorcar"],
  boat: ["boat", "harbour", "hull"],
  plane: ["aircraft", "wing", "flight"],
};
function conceptVector(text: string): Float32Array {
  const v = new Float32Array(4);
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const stem = word.replace(/s$/, "");
    const axis = Object.values(CONCEPTS).findIndex((words) => words.includes(stem));
    v[axis < 0 ? 3 : axis]! += axis < 0 ? 0.1 : 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}
const concepts = (name = "concepts"): Embedder & { calls: string[][] } => {
  const calls: string[][] = [];
  return {
    name,
    calls,
    embed: async (texts) => (calls.push(texts), texts.map(conceptVector)),
  };
};

// Lexically A > B > C (A repeats "engine repair", C lacks "repair"; nobody says "motorcar").
// In meaning B (a car) is closest to the question, C (mentions a vehicle) next, A (boats) last.
const DOCS = {
  a: "Engine repair for boats. Boat engine repair in the harbour, engine repair for the hull.",
  b: "Engine repair for your automobile: a car and vehicle guide.",
  c: "Notes on the engine of a vehicle and the long history of aircraft, wings, flights and tests.",
};
const QUESTION = "motorcar engine repair";

describeEachDatabase(
  "knowledge search with embeddings",
  (db) => {
    afterEach(() => setKnowledgeEmbedder(undefined));

    async function library(user: TestUser) {
      const ids: Record<string, string> = {};
      for (const [name, body] of Object.entries(DOCS)) {
        const doc = await createDocument({
          ctx: user.ctx,
          input: {
            filename: `${name}.txt`,
            declaredType: null,
            data: new TextEncoder().encode(body),
          },
        });
        ids[doc.id] = name;
      }
      await runUntilIdle(db(), appJobHandlers);
      return ids;
    }
    const order = async (user: TestUser, ids: Record<string, string>, extra = {}) =>
      (
        await searchKnowledge({
          ctx: user.ctx,
          input: { query: QUESTION, limit: 10, scope: "all", ...extra },
        })
      ).results.map((r) => ids[r.document_id]);

    it("stores each passage's vector with its model's name as it ingests", async () => {
      const model = concepts();
      setKnowledgeEmbedder(model);
      const user = await createTestUser(db());
      const ids = await library(user);
      const rows = await db()
        .select()
        .from(knowledgeChunks)
        .where(inArray(knowledgeChunks.documentId, Object.keys(ids)));
      expect(rows).toHaveLength(3);
      for (const row of rows) {
        expect(row.embeddingModel).toBe("concepts");
        expect(row.embedding).toHaveLength(4);
        expect(Math.hypot(...row.embedding!)).toBeCloseTo(1, 5);
      }
      // Each passage is embedded with its document's title before its text.
      expect(model.calls.flat()).toContain(`b\n${DOCS.b}`);
    });

    it("ranks the passage closest in meaning above one that only shares more words", async () => {
      setKnowledgeEmbedder(concepts());
      const user = await createTestUser(db());
      const ids = await library(user);
      expect(await order(user, ids)).toEqual(["b", "a", "c"]);
      expect(await order(user, ids, { dense: false })).toEqual(["a", "b", "c"]);
      setKnowledgeEmbedder(null);
      expect(await order(user, ids)).toEqual(["a", "b", "c"]);
    });

    it("answers from the words alone when the model fails or is too busy, or its vectors are another model's", async () => {
      setKnowledgeEmbedder(concepts());
      const user = await createTestUser(db());
      const ids = await library(user);
      setKnowledgeEmbedder({
        name: "concepts",
        embed: () => Promise.reject(new Error("the model's thread died")),
      });
      expect(await order(user, ids)).toEqual(["a", "b", "c"]);
      // A model too busy to answer within the search's wait.
      setKnowledgeEmbedder({
        name: "concepts",
        embed: (_texts, _use, signal) =>
          new Promise((_, reject) =>
            signal?.addEventListener("abort", () => reject(signal.reason as Error)),
          ),
      });
      expect(await order(user, ids)).toEqual(["a", "b", "c"]);
      setKnowledgeEmbedder(concepts("another model"));
      expect(await order(user, ids)).toEqual(["a", "b", "c"]);
    });

    it("indexes a document without vectors when the model fails, and fills them in later", async () => {
      setKnowledgeEmbedder({
        name: "concepts",
        embed: () => Promise.reject(new Error("the model's thread died")),
      });
      const user = await createTestUser(db());
      const ids = await library(user);
      const rows = await db()
        .select({ status: documents.status, model: knowledgeChunks.embeddingModel })
        .from(documents)
        .innerJoin(knowledgeChunks, eq(knowledgeChunks.documentId, documents.id))
        .where(inArray(documents.id, Object.keys(ids)));
      expect(rows).toEqual(Array(3).fill({ status: "ready", model: null }));
      setKnowledgeEmbedder(concepts());
      expect(await backfillEmbeddings(db(), 5)).toBeGreaterThanOrEqual(3);
      expect(await order(user, ids)).toEqual(["b", "a", "c"]);
    });

    it("fills in vectors for passages indexed before the model was configured", async () => {
      setKnowledgeEmbedder(null);
      const user = await createTestUser(db());
      const ids = await library(user);
      expect(await backfillEmbeddings(db(), 5)).toBe(0); // no model: nothing to do
      setKnowledgeEmbedder(concepts());
      expect(await order(user, ids)).toEqual(["a", "b", "c"]); // no vectors yet
      expect(await backfillEmbeddings(db(), 5)).toBeGreaterThanOrEqual(3);
      expect(await backfillEmbeddings(db(), 5)).toBe(0);
      expect(await order(user, ids)).toEqual(["b", "a", "c"]);
      // A new model replaces the old one's vectors.
      setKnowledgeEmbedder(concepts("concepts v2"));
      expect(await backfillEmbeddings(db(), 5)).toBeGreaterThanOrEqual(3);
      const [row] = await db()
        .select({ model: knowledgeChunks.embeddingModel })
        .from(knowledgeChunks)
        .where(eq(knowledgeChunks.documentId, Object.keys(ids)[0]!));
      expect(row!.model).toBe("concepts v2");
    });
  },
  { ownDatabase: true },
);
