import { expect, it } from "vitest";
import { appJobHandlers } from "@/server/jobs/app-jobs";
import { runUntilIdle } from "@/server/jobs/worker";
import { addMember } from "@/server/organizations/members";
import { describeEachDatabase } from "@/tests/databases";
import { codeOf, orgWithKey } from "@/tests/fixtures";
import { scannedPdf, textPdf } from "@/tests/knowledge/fixtures";
import { uploadRest } from "@/tests/knowledge/upload";
import { callRest } from "@/tests/rest";
import { createTestUser } from "@/tests/users";
import {
  createDocument,
  deleteDocument,
  getDocument,
  retryDocument,
  updateDocument,
} from "./documents";
import { searchKnowledge } from "./search";
import { search } from "@/server/conversations/search";

const text = (s: string) => new TextEncoder().encode(s);

describeEachDatabase("knowledge documents", (db) => {
  const ingest = () => runUntilIdle(db(), appJobHandlers);
  const upload = async (
    ctx: Parameters<typeof createDocument>[0]["ctx"],
    name: string,
    body: string,
    org?: string,
  ) =>
    createDocument({
      ctx,
      input: { filename: name, declaredType: null, data: text(body), organization_id: org },
    });
  const find = (ctx: Parameters<typeof searchKnowledge>[0]["ctx"], query: string, extra = {}) =>
    searchKnowledge({ ctx, input: { query, limit: 5, scope: "all", ...extra } });

  it("uploads over multipart, answers processing at once, and ingests in the background", async () => {
    const { headers } = await orgWithKey(db(), ["rag:write", "rag:read"]);
    const pdf = await textPdf([
      "Laminar flow over a flat plate.",
      "Turbulent transition happens downstream.",
    ]);
    const created = await uploadRest(
      { name: "flow.pdf", type: "application/pdf", data: pdf },
      headers,
      { title: "Flow notes" },
    );
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      title: "Flow notes",
      status: "processing",
      content_type: "application/pdf",
      chunk_count: 0,
    });
    await ingest();
    const got = await callRest("GET", `/api/knowledge/documents/${created.json.id}`, {
      route: "/api/knowledge/documents/{document_id}",
      params: { document_id: created.json.id },
      headers,
    });
    expect(got.json).toMatchObject({ status: "ready", chunk_count: 2, error: null });
    const search = await callRest("POST", "/api/knowledge/search", {
      body: { query: "where does turbulent transition happen?" },
      headers,
    });
    expect(search.status).toBe(200);
    const [best] = search.json.results as Record<string, unknown>[];
    expect(best).toMatchObject({ document_title: "Flow notes", location: "Page 2" });
    expect(best!.snippet).toMatch(/«Turbulent»/);
  });

  it("refuses other formats with the accepted types, and too large a file", async () => {
    const { headers } = await orgWithKey(db(), ["rag:write"]);
    const png = await uploadRest(
      { name: "photo.png", type: "image/png", data: new Uint8Array([137, 80, 78, 71]) },
      headers,
    );
    expect(png.status).toBe(415);
    expect(png.json.detail).toMatchObject({
      error: "unsupported_media_type",
      accepted_types: expect.arrayContaining(["application/pdf"]),
    });
    const big = await uploadRest(
      { name: "big.txt", type: "text/plain", data: new Uint8Array(21 * 1024 * 1024).fill(97) },
      headers,
    );
    expect(big.status).toBe(413);
    const none = await callRest("POST", "/api/knowledge/documents", {
      body: { file: "x" },
      headers,
    });
    expect(none.status).toBe(400);
  });

  it("fails a scan with its reason, and retries on request", async () => {
    const { ctx } = await createTestUser(db());
    const doc = await createDocument({
      ctx,
      input: { filename: "scan.pdf", declaredType: null, data: await scannedPdf() },
    });
    await ingest();
    const failed = await getDocument({ ctx, documentId: doc.id });
    expect(failed).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/no text layer/),
    });
    expect(await retryDocument({ ctx, documentId: doc.id })).toMatchObject({
      status: "processing",
      error: null,
    });
    expect(await codeOf(retryDocument({ ctx, documentId: doc.id }))).toBe("conflict");
    await ingest();
    expect((await getDocument({ ctx, documentId: doc.id })).status).toBe("failed");
  });

  it("keeps private documents private and shares with an organization's members only", async () => {
    const { owner, org, headers } = await orgWithKey(db(), ["rag:read"]);
    const member = await createTestUser(db(), "mem");
    const stranger = await createTestUser(db(), "str");
    await addMember({
      ctx: owner.ctx,
      orgId: org.id,
      input: { email: member.profile.email, role: "member" },
    });
    const secret = await upload(
      owner.ctx,
      "secret.md",
      "# Budget\n\nThe zeppelin budget is classified.",
    );
    const shared = await upload(
      owner.ctx,
      "shared.md",
      "# Handbook\n\nThe zeppelin hangar opens at nine.",
      org.id,
    );
    await ingest();
    const ids = async (ctx: Parameters<typeof find>[0]) =>
      (await find(ctx, "zeppelin")).results.map((r) => r.document_id);
    expect((await ids(owner.ctx)).sort()).toEqual([secret.id, shared.id].sort());
    expect(await ids(member.ctx)).toEqual([shared.id]);
    expect(await ids(stranger.ctx)).toEqual([]);
    expect(await codeOf(getDocument({ ctx: stranger.ctx, documentId: shared.id }))).toBe(
      "not_found",
    );
    expect(await codeOf(getDocument({ ctx: member.ctx, documentId: secret.id }))).toBe("not_found");
    expect(await codeOf(deleteDocument({ ctx: member.ctx, documentId: shared.id }))).toBe(
      "forbidden",
    );
    expect(await codeOf(find(stranger.ctx, "zeppelin", { organization_id: org.id }))).toBe(
      "not_found",
    );
    expect(
      (await find(owner.ctx, "zeppelin", { scope: "private" })).results.map((r) => r.document_id),
    ).toEqual([secret.id]);
    // An API key reads its organization's shared documents, never its creator's private ones.
    const viaKey = await callRest("POST", "/api/knowledge/search", {
      body: { query: "zeppelin" },
      headers,
    });
    expect((viaKey.json.results as { document_id: string }[]).map((r) => r.document_id)).toEqual([
      shared.id,
    ]);
    const noScope = await uploadRest({ name: "a.txt", type: "text/plain", data: "x" }, headers);
    expect(noScope.json.detail).toMatchObject({ error: "INSUFFICIENT_API_KEY_SCOPE" });
    // Unsharing hides it from the member at once.
    await updateDocument({
      ctx: owner.ctx,
      documentId: shared.id,
      input: { organization_id: null },
    });
    expect(await ids(member.ctx)).toEqual([]);
    expect(
      await codeOf(
        updateDocument({
          ctx: owner.ctx,
          documentId: shared.id,
          input: { organization_id: (await orgWithKey(db(), [])).org.id },
        }),
      ),
    ).toBe("not_found");
  });

  it("joins the one search box, one result per document", async () => {
    const { ctx } = await createTestUser(db());
    const doc = await upload(
      ctx,
      "gliders.md",
      "# Gliders\n\nA glider rides thermals.\n\n# Landing\n\nGliders land slowly.",
    );
    await ingest();
    const { results } = await search({
      ctx,
      input: { q: "gliders", types: ["documents"], limit: 10 },
    });
    expect(results).toEqual([
      expect.objectContaining({
        type: "documents",
        id: doc.id,
        snippet: expect.stringMatching(/«glider/i),
      }),
    ]);
  });

  it("titles a Markdown document by its first heading, else by its file name", async () => {
    const { ctx } = await createTestUser(db());
    expect((await upload(ctx, "notes.md", "Draft.\n\n# Wind tunnels\n\nText.")).title).toBe(
      "Wind tunnels",
    );
    expect((await upload(ctx, "plain.md", "No heading here.")).title).toBe("plain");
    expect((await upload(ctx, "readme.txt", "# Not Markdown")).title).toBe("readme");
  });

  it("deletes a document with its passages", async () => {
    const { ctx } = await createTestUser(db());
    const doc = await upload(ctx, "gone.txt", "Ornithopters flap their wings.");
    await ingest();
    expect((await find(ctx, "ornithopters")).results).toHaveLength(1);
    await deleteDocument({ ctx, documentId: doc.id });
    expect((await find(ctx, "ornithopters")).results).toHaveLength(0);
    expect(await codeOf(getDocument({ ctx, documentId: doc.id }))).toBe("not_found");
  });
});
