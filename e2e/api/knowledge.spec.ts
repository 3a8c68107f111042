import { expect, test } from "@playwright/test";
import { signedInClient } from "../support";

test("upload, wait for ready, search, ask, delete", async ({ request }) => {
  const { headers } = await signedInClient(request);
  const upload = await request.post("/api/knowledge/documents", {
    headers,
    multipart: {
      file: {
        name: "stall.md",
        mimeType: "text/markdown",
        buffer: Buffer.from(
          "# Stall\n\nA wing stalls when the angle of attack exceeds the critical angle and the flow separates.\n\n# Spin\n\nA spin follows an asymmetric stall.",
        ),
      },
      title: "Stall notes",
    },
  });
  expect(upload.status()).toBe(201);
  const doc = await upload.json();
  expect(doc).toMatchObject({ title: "Stall notes", status: "processing" });

  await expect
    .poll(
      async () =>
        (await (await request.get(`/api/knowledge/documents/${doc.id}`, { headers })).json())
          .status,
      {
        timeout: 30_000,
      },
    )
    .toBe("ready");

  const search = await request.post("/api/knowledge/search", {
    headers,
    data: { query: "when does a wing stall?" },
  });
  const found = await search.json();
  expect(found.results[0]).toMatchObject({ document_id: doc.id, location: "Stall" });
  expect(found.results[0].snippet).toContain("«");

  const answer = await request.post("/api/rag/query", {
    headers,
    data: { query: "when does a wing stall?" },
  });
  expect(answer.status()).toBe(200);
  const rag = await answer.json();
  expect(rag.citations[0]).toMatchObject({ document_id: doc.id, title: "Stall notes" });
  expect(rag.answer).toContain("[1]");

  const bad = await request.post("/api/knowledge/documents", {
    headers,
    multipart: { file: { name: "x.png", mimeType: "image/png", buffer: Buffer.from([1, 2, 3]) } },
  });
  expect(bad.status()).toBe(415);

  expect((await request.delete(`/api/knowledge/documents/${doc.id}`, { headers })).status()).toBe(
    204,
  );
  expect((await request.get(`/api/knowledge/documents/${doc.id}`, { headers })).status()).toBe(404);
});
