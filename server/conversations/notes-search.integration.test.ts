import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/databases";
import { mockModel, registryWith } from "@/tests/mock-models";
import { createTestUser } from "@/tests/users";
import { startChat } from "./chat";
import { createConversation, deleteConversation, listConversations } from "./conversations";
import { createNote, deleteNote, listNotes, updateNote } from "./notes";
import { ChatRequest, SearchQuery } from "./schemas";
import { search, toOrQuery } from "./search";
import { codeOf } from "@/tests/fixtures";

it("builds an any-word prefix query and drops punctuation", () => {
  expect(toOrQuery("How do I reset my password?")).toBe(
    "how:* | do | i | reset:* | my | password:*",
  );
  expect(toOrQuery("'; drop table users; --")).toBe("drop:* | table:* | users:*");
  expect(toOrQuery("?!")).toBeNull();
});

describeEachDatabase("notes and search", (db) => {
  it("creates, lists, updates and deletes notes, linked to the caller's conversations only", async () => {
    const { ctx } = await createTestUser(db());
    const other = await createTestUser(db());
    const conversation = await createConversation({ ctx, input: {} });
    const theirs = await createConversation({ ctx: other.ctx, input: {} });
    const note = await createNote({
      ctx,
      input: {
        title: "Fractions",
        content: "Halves and quarters",
        conversation_id: conversation.id,
      },
    });
    expect(note).toMatchObject({ title: "Fractions", conversation_id: conversation.id });
    expect(
      await codeOf(
        createNote({ ctx, input: { title: "Sneaky", content: "", conversation_id: theirs.id } }),
      ),
    ).toBe("not_found");

    const linked = await listNotes({ ctx, input: { limit: 10, conversation_id: conversation.id } });
    expect(linked.items.map((n) => n.id)).toEqual([note.id]);
    const updated = await updateNote({
      ctx,
      noteId: note.id,
      input: { title: "Fractions 2", content: "Thirds too", conversation_id: null },
    });
    expect(updated).toMatchObject({ title: "Fractions 2", conversation_id: null });
    expect(
      await codeOf(
        updateNote({ ctx: other.ctx, noteId: note.id, input: { title: "Mine", content: "" } }),
      ),
    ).toBe("not_found");
    expect(await codeOf(deleteNote({ ctx: other.ctx, noteId: note.id }))).toBe("not_found");
    await deleteNote({ ctx, noteId: note.id });
    expect((await listNotes({ ctx, input: { limit: 10 } })).items).toEqual([]);
  });

  it("finds messages and notes by any of the words, ranked, marked, and only the caller's", async () => {
    const { ctx } = await createTestUser(db());
    const other = await createTestUser(db());
    const deps = {
      registry: registryWith(
        mockModel("Photosynthesis turns sunlight into chemical energy in chloroplasts.").model,
      ),
    };
    const conversation = await createConversation({ ctx, input: {} });
    await (
      await startChat({
        ctx,
        input: ChatRequest.parse({
          message: "Tell me about plants",
          conversation_id: conversation.id,
        }),
        deps,
      })
    ).result;
    await createNote({
      ctx,
      input: { title: "Chloroplast structure", content: "Thylakoids stack into grana." },
    });
    await createNote({
      ctx: other.ctx,
      input: { title: "Chloroplasts for Bob", content: "Bob's private note" },
    });

    const result = await search({
      ctx,
      input: SearchQuery.parse({ q: "how do chloroplasts make energy?" }),
    });
    expect(result.results.map((r) => r.type).sort()).toEqual(["messages", "notes"]);
    const message = result.results.find((r) => r.type === "messages")!;
    expect(message).toMatchObject({ conversation_id: conversation.id });
    expect(message.snippet).toContain("«energy»");
    expect(result.results.every((r) => !r.snippet.includes("Bob"))).toBe(true);
    expect(result.results[0]!.score).toBeGreaterThanOrEqual(result.results[1]!.score);

    const notesOnly = await search({
      ctx,
      input: SearchQuery.parse({ q: "chloroplast", types: "notes" }),
    });
    expect(notesOnly.results.map((r) => r.title)).toEqual(["Chloroplast structure"]);
    expect(SearchQuery.safeParse({ q: "x", types: "messages,videos" }).success).toBe(false);

    await deleteConversation({ ctx, conversationId: conversation.id });
    expect(
      (await search({ ctx, input: SearchQuery.parse({ q: "photosynthesis" }) })).results,
    ).toEqual([]);
  });

  it("pages conversations by newest activity", async () => {
    const { ctx } = await createTestUser(db());
    const deps = { registry: registryWith(mockModel("ok").model) };
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await createConversation({ ctx, input: { title: `c${i}` } })).id);
      await new Promise((r) => setTimeout(r, 5)); // distinct creation times (millisecond precision)
    }
    await (
      await startChat({
        ctx,
        input: ChatRequest.parse({ message: "bump", conversation_id: ids[0] }),
        deps,
      })
    ).result;
    const first = await listConversations({ ctx, input: { limit: 2 } });
    expect(first.items.map((c) => c.title)).toEqual(["c0", "c2"]);
    const rest = await listConversations({ ctx, input: { limit: 2, cursor: first.next_cursor! } });
    expect(rest.items.map((c) => c.title)).toEqual(["c1"]);
    expect(rest.next_cursor).toBeNull();
  });
});
