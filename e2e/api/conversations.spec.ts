import { expect, test } from "@playwright/test";
import { createApiKey, createOrganization, signedInClient } from "../support";

/** `event: x\ndata: {...}` blocks of a server-sent events body. */
function parseEvents(body: string) {
  return body
    .split("\n\n")
    .filter((block) => block.includes("data:"))
    .map((block) => ({
      event: /^event: (.*)$/m.exec(block)?.[1],
      data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!),
    }));
}

test("an integrator chats, streams, reads history, searches, keeps notes and deletes", async ({
  request,
}) => {
  const { headers } = await signedInClient(request);
  const providers = await (await request.get("/api/core/providers", { headers })).json();
  expect(providers.default_provider).toBe("offline");

  const conversation = await (
    await request.post("/api/core/conversations", { headers, data: {} })
  ).json();
  expect(conversation).toMatchObject({ title: null, message_count: 0 });

  const plain = await request.post("/api/core/chat", {
    headers,
    data: { message: "What is osmosis?", conversation_id: conversation.id },
  });
  expect(plain.status()).toBe(200);
  const answer = await plain.json();
  expect(answer).toMatchObject({
    provider: "offline",
    model: "xentree-tutor",
    conversation_id: conversation.id,
    citations: [],
  });
  expect(answer.content).toContain("No language model is connected");
  expect(answer.usage.total_tokens).toBeGreaterThan(0);

  const streamed = await request.post("/api/core/chat", {
    headers: { ...headers, accept: "text/event-stream" },
    data: { message: "Hello again", conversation_id: conversation.id },
  });
  expect(streamed.headers()["content-type"]).toContain("text/event-stream");
  const events = parseEvents(await streamed.text());
  expect(events[0]).toMatchObject({ event: "start", data: { conversation_id: conversation.id } });
  const deltas = events.filter((e) => e.event === "delta");
  expect(deltas.length).toBeGreaterThan(10);
  const done = events.at(-1)!;
  expect(done.event).toBe("done");
  expect(deltas.map((d) => d.data.text).join("")).toBe(done.data.content);

  const messages = await (
    await request.get(`/api/core/conversations/${conversation.id}/messages`, { headers })
  ).json();
  expect(messages.items.map((m: { role: string }) => m.role)).toEqual([
    "user",
    "assistant",
    "user",
    "assistant",
  ]);
  const listed = await (await request.get("/api/core/conversations", { headers })).json();
  expect(listed.items[0]).toMatchObject({
    id: conversation.id,
    title: "What is osmosis",
    message_count: 4,
  });

  const renamed = await request.patch(`/api/core/conversations/${conversation.id}`, {
    headers,
    data: { title: "Biology basics" },
  });
  expect((await renamed.json()).title).toBe("Biology basics");

  const note = await (
    await request.post("/api/core/notes", {
      headers,
      data: {
        title: "Osmosis",
        content: "Water moves across a membrane",
        conversation_id: conversation.id,
      },
    })
  ).json();
  const edited = await request.put(`/api/core/notes/${note.id}`, {
    headers,
    data: { title: "Osmosis (edited)", content: "Water moves toward salt" },
  });
  expect(await edited.json()).toMatchObject({ title: "Osmosis (edited)", conversation_id: null });

  const found = await (
    await request.get(`/api/core/search?q=${encodeURIComponent("how does water move?")}`, {
      headers,
    })
  ).json();
  expect(found.results.map((r: { type: string }) => r.type)).toContain("notes");
  expect(found.results.find((r: { type: string }) => r.type === "notes").snippet).toMatch(
    /«water»/i,
  );
  const bad = await request.get("/api/core/search?q=x&types=videos", { headers });
  expect([bad.status(), (await bad.json()).detail.error]).toEqual([400, "validation_error"]);

  expect(
    (await request.delete(`/api/core/conversations/${conversation.id}`, { headers })).status(),
  ).toBe(204);
  expect(
    (
      await request.get(`/api/core/conversations/${conversation.id}/messages`, { headers })
    ).status(),
  ).toBe(404);
  expect((await request.delete(`/api/core/notes/${note.id}`, { headers })).status()).toBe(204);
});

test("a streamed answer is finished and stored even when the client hangs up", async ({
  request,
}) => {
  const { headers } = await signedInClient(request);
  const conversation = await (
    await request.post("/api/core/conversations", { headers, data: {} })
  ).json();
  // A client that gives up after half a second, mid-answer.
  await request
    .post("/api/core/chat", {
      headers,
      data: { message: "Tell me everything", conversation_id: conversation.id, stream: true },
      timeout: 500,
    })
    .catch(() => {});
  const url = `/api/core/conversations/${conversation.id}/messages`;
  await expect
    .poll(async () => (await (await request.get(url, { headers })).json()).items[1]?.status, {
      timeout: 20_000,
    })
    .toBe("complete");
  const answer = (await (await request.get(url, { headers })).json()).items[1];
  expect(answer.content).toContain("No language model is connected");
});

test("API keys reach conversations by scope and only inside their organization", async ({
  request,
}) => {
  const admin = await signedInClient(request);
  const org = await createOrganization(request, admin.headers, `Chat org ${Date.now()}`);
  const personal = await (
    await request.post("/api/core/conversations", { headers: admin.headers, data: {} })
  ).json();
  const key = await createApiKey(request, admin.headers, {
    name: "reader",
    organization_id: org.id,
    permissions: ["conversations:read"],
  });
  const keyed = { "x-api-key": key.key_value };
  const chat = await request.post("/api/core/chat", { headers: keyed, data: { message: "hi" } });
  expect([chat.status(), (await chat.json()).detail.error]).toEqual([
    403,
    "INSUFFICIENT_API_KEY_SCOPE",
  ]);
  // The creator's personal conversation is not the organization's: the key does not see it.
  expect(
    (
      await request.get(`/api/core/conversations/${personal.id}/messages`, { headers: keyed })
    ).status(),
  ).toBe(404);
  expect(
    (await (await request.get("/api/core/conversations", { headers: keyed })).json()).items,
  ).toEqual([]);

  // A writer key chats inside its organization: what it creates belongs there.
  const writer = await createApiKey(request, admin.headers, {
    name: "writer",
    organization_id: org.id,
    permissions: ["conversations:read", "conversations:write"],
  });
  const writerHeaders = { "x-api-key": writer.key_value };
  const created = await (
    await request.post("/api/core/conversations", { headers: writerHeaders, data: {} })
  ).json();
  expect(created.organization_id).toBe(org.id);
  const answered = await request.post("/api/core/chat", {
    headers: writerHeaders,
    data: { message: "From a key", conversation_id: created.id },
  });
  expect(answered.status()).toBe(200);
  expect(answered.headers()["x-ratelimit-limit"]).toBe("60");
  const seen = await (await request.get("/api/core/conversations", { headers: keyed })).json();
  expect(seen.items.map((c: { id: string }) => c.id)).toEqual([created.id]);
});
