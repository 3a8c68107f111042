import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { documents, searchReindexRuns } from "@/db/schema";
import { appJobHandlers } from "@/server/jobs/app-jobs";
import { runUntilIdle } from "@/server/jobs/worker";
import { indexDocument } from "@/server/knowledge/indexing";
import { searchKnowledge } from "@/server/knowledge/search";
import { describeEachDatabase } from "@/tests/databases";
import { codeOf } from "@/tests/fixtures";
import { createTestUser } from "@/tests/users";
import { grantPlatformAdmin, isPlatformAdmin, revokePlatformAdmin } from "./platform-admin";
import { getSearchStatus, requestReindex } from "./reindex";

// Made-up words, one per document, so each search has exactly one right document.
const CODES = Array.from({ length: 16 }, (_, i) => `zorblax${String.fromCharCode(97 + i)}quint`);

describeEachDatabase(
  "search maintenance",
  (db) => {
    it("only platform administrators see the status or start a rebuild", async () => {
      const user = await createTestUser(db());
      expect(await codeOf(getSearchStatus({ ctx: user.ctx }))).toBe("forbidden");
      expect(await codeOf(requestReindex({ ctx: user.ctx }))).toBe("forbidden");
      await grantPlatformAdmin(db(), user.profile.email.toUpperCase(), "test");
      expect(await isPlatformAdmin(db(), user.ctx.actor.userId)).toBe(true);
      expect(await codeOf(getSearchStatus({ ctx: user.ctx }))).toBe("ok");
      expect(await revokePlatformAdmin(db(), user.profile.email)).toBe(true);
      expect(await codeOf(getSearchStatus({ ctx: user.ctx }))).toBe("forbidden");
      expect(await codeOf(grantPlatformAdmin(db(), "nobody@example.invalid", "test"))).toBe(
        "not_found",
      );
    });

    it("rebuilds while searches run: no errors, nothing missing after", async () => {
      const admin = await createTestUser(db(), "padm");
      await grantPlatformAdmin(db(), admin.profile.email, "test");
      const owner = await createTestUser(db(), "kown");
      for (const [i, code] of CODES.entries()) {
        const [doc] = await db()
          .insert(documents)
          .values({
            userId: owner.ctx.actor.userId,
            title: `Notes ${i}`,
            filename: `notes-${i}.txt`,
            contentType: "text/plain",
            sizeBytes: 100,
            status: "ready",
            chunkCount: 2,
          })
          .returning();
        await db().transaction((tx) =>
          indexDocument(tx, doc!, [
            {
              content: `The ${code} method explains matrices and vectors.`,
              heading: null,
              page: 1,
            },
            { content: `Further reading on eigenvalues, part ${i}.`, heading: "More", page: 2 },
          ]),
        );
      }
      const search = async (code: string) =>
        (
          await searchKnowledge({
            ctx: owner.ctx,
            input: { query: code, limit: 5, scope: "private" },
          })
        ).results.map((r) => r.document_id);
      const before = await Promise.all(CODES.map(search));
      for (const found of before) expect(found).toHaveLength(1);
      const statusBefore = await getSearchStatus({ ctx: admin.ctx });

      const run = await requestReindex({ ctx: admin.ctx });
      expect(run.status).toBe("queued");
      // A second request while one is pending answers that one.
      expect((await requestReindex({ ctx: admin.ctx })).id).toBe(run.id);
      expect((await getSearchStatus({ ctx: admin.ctx })).pending.reindex?.id).toBe(run.id);

      let finished = false;
      const errors: unknown[] = [];
      const searches = (async () => {
        let rounds = 0;
        while (!finished || rounds === 0) {
          rounds++;
          for (const [i, code] of CODES.entries()) {
            try {
              expect(await search(code)).toEqual(before[i]);
            } catch (error) {
              errors.push(error);
            }
          }
        }
        return rounds;
      })();
      const jobs = runUntilIdle(db(), appJobHandlers).finally(() => (finished = true));
      await Promise.all([jobs, searches]);
      expect(errors).toEqual([]);

      expect(await Promise.all(CODES.map(search))).toEqual(before);
      const [row] = await db()
        .select()
        .from(searchReindexRuns)
        .where(eq(searchReindexRuns.id, run.id));
      expect(row).toMatchObject({ status: "done", documentsIndexed: row!.documentsTotal });
      expect(row!.documentsTotal).toBeGreaterThanOrEqual(CODES.length);
      const after = await getSearchStatus({ ctx: admin.ctx });
      expect(after.pending.reindex).toBeNull();
      expect(after.last_reindex).toMatchObject({ id: run.id, status: "done" });
      expect(after.knowledge).toEqual(statusBefore.knowledge);
      expect(after.indexes.find((x) => x.type === "documents")).toMatchObject({
        items: statusBefore.indexes.find((x) => x.type === "documents")!.items,
        maintained_by: "ingestion",
      });
      // A new rebuild may be asked for once the last one is over.
      const next = await requestReindex({ ctx: admin.ctx });
      expect(next.id).not.toBe(run.id);
      await runUntilIdle(db(), appJobHandlers);
    });
  },
  { ownDatabase: true },
);
