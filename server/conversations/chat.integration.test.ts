import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { users } from "@/db/schema";
import { AppError } from "@/server/platform/errors";
import { describeEachDatabase } from "@/tests/databases";
import { mockModel, registryWith } from "@/tests/mock-models";
import { createTestUser } from "@/tests/users";
import { startChat } from "./chat";
import { stopAnswer } from "./chat-store";
import {
  createConversation,
  getConversation,
  listConversations,
  listMessages,
} from "./conversations";
import { ChatRequest } from "./schemas";
import { codeOf } from "@/tests/fixtures";

const ask = (fields: Partial<ChatRequest> & { message: string }) => ChatRequest.parse(fields);

describeEachDatabase("chat", (db) => {
  it("stores both turns, sends the history back to the model, and titles the conversation", async () => {
    const { ctx } = await createTestUser(db());
    const { model, calls } = mockModel(() => `Answer number ${calls.length}`);
    const deps = { registry: registryWith(model) };
    const conversation = await createConversation({ ctx, input: {} });

    const first = await (
      await startChat({
        ctx,
        input: ask({ message: "What is a prime number?", conversation_id: conversation.id }),
        deps,
      })
    ).result;
    expect(first).toMatchObject({
      content: "Answer number 1",
      provider: "mock",
      model: "mock-1",
      conversation_id: conversation.id,
    });
    expect(first.usage).toEqual({ input_tokens: 12, output_tokens: 7, total_tokens: 19 });
    const second = await (
      await startChat({
        ctx,
        input: ask({ message: "And 7?", conversation_id: conversation.id, user_language: "fr" }),
        deps,
      })
    ).result;

    const lastPrompt = calls.at(-1)!.prompt;
    const prompt = JSON.stringify(lastPrompt);
    expect(prompt).toContain("What is a prime number?");
    expect(prompt).toContain("Answer number 1");
    expect(lastPrompt[0]).toMatchObject({
      role: "system",
      content: expect.stringContaining('"fr"'),
    });
    const page = await listMessages({ ctx, conversationId: conversation.id, input: { limit: 10 } });
    expect(page.items.map((m) => [m.role, m.content, m.status])).toEqual([
      ["user", "What is a prime number?", "complete"],
      ["assistant", "Answer number 1", "complete"],
      ["user", "And 7?", "complete"],
      ["assistant", second.content, "complete"],
    ]);
    const after = await getConversation({ ctx, conversationId: conversation.id });
    expect(after).toMatchObject({ message_count: 4, provider: "mock", model: "mock-1" });
    // Titled by the model (a generate call after the first answer).
    expect(after.title).toBeTruthy();
  });

  it("answers statelessly with the given history and stores nothing", async () => {
    const { ctx } = await createTestUser(db());
    const { model, calls } = mockModel("Stateless answer");
    const result = await (
      await startChat({
        ctx,
        input: ask({
          message: "Continue",
          conversation_history: [
            { role: "user", content: "Earlier question" },
            { role: "assistant", content: "Earlier answer" },
          ],
        }),
        deps: { registry: registryWith(model) },
      })
    ).result;
    expect(result).toMatchObject({
      content: "Stateless answer",
      conversation_id: null,
      message_id: null,
    });
    expect(JSON.stringify(calls[0]!.prompt)).toContain("Earlier answer");
    expect((await listConversations({ ctx, input: { limit: 10 } })).items).toEqual([]);
  });

  it("with no provider the offline tutor answers, says so, and titles by rule", async () => {
    const { ctx } = await createTestUser(db());
    const conversation = await createConversation({ ctx, input: {} });
    const result = await (
      await startChat({
        ctx,
        input: ask({ message: "Explain the water cycle please", conversation_id: conversation.id }),
      })
    ).result;
    expect(result).toMatchObject({ provider: "offline", model: "xentree-tutor", citations: [] });
    expect(result.content).toContain("No language model is connected");
    expect((await getConversation({ ctx, conversationId: conversation.id })).title).toBe(
      "Explain the water cycle please",
    );
  });

  it("keeps the question and reports provider_unavailable when the model fails", async () => {
    const { ctx } = await createTestUser(db());
    const conversation = await createConversation({ ctx, input: {} });
    const failing = mockModel("", { fail: true });
    const run = await startChat({
      ctx,
      input: ask({ message: "Will this work?", conversation_id: conversation.id }),
      deps: { registry: registryWith(failing.model) },
    });
    const error = await run.result.catch((e: unknown) => e);
    expect((error as AppError).code).toBe("provider_unavailable");
    const page = await listMessages({ ctx, conversationId: conversation.id, input: { limit: 10 } });
    expect(page.items.map((m) => [m.role, m.content])).toEqual([["user", "Will this work?"]]);
    expect((await getConversation({ ctx, conversationId: conversation.id })).message_count).toBe(1);
  });

  it("gives up on a model that never answers, within the timeout", async () => {
    const { ctx } = await createTestUser(db());
    const hanging = mockModel("", { hang: true });
    const run = await startChat({
      ctx,
      input: ask({ message: "Hello?" }),
      deps: { registry: registryWith(hanging.model) },
    });
    expect(await codeOf(run.result)).toBe("provider_unavailable");
  });

  it("finishes and stores the answer when nobody listens any more, showing it as it grows", async () => {
    const { ctx } = await createTestUser(db());
    const conversation = await createConversation({ ctx, input: {} });
    const slow = mockModel("one two three four five six seven eight nine ten eleven twelve", {
      chunkDelayMs: 60,
    });
    const run = await startChat({
      ctx,
      input: ask({ message: "Count", conversation_id: conversation.id }),
      deps: { registry: registryWith(slow.model) },
    });
    const seen: string[] = [];
    const stop = run.subscribe((t) => seen.push(t));
    await new Promise((r) => setTimeout(r, 550));
    stop(); // the client went away
    const during = await listMessages({
      ctx,
      conversationId: conversation.id,
      input: { limit: 10 },
    });
    expect(during.items[1]).toMatchObject({ role: "assistant", status: "streaming" });
    expect(during.items[1]!.content.length).toBeGreaterThan(0);
    await run.result;
    const after = await listMessages({
      ctx,
      conversationId: conversation.id,
      input: { limit: 10 },
    });
    expect(after.items[1]).toMatchObject({
      status: "complete",
      content: "one two three four five six seven eight nine ten eleven twelve",
    });
    expect(seen.join("").length).toBeLessThan(after.items[1]!.content.length);
  });

  it("stops an answer on request, keeping what was written", async () => {
    const { ctx } = await createTestUser(db());
    const conversation = await createConversation({ ctx, input: {} });
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
    const slow = mockModel(words, { chunkDelayMs: 50 });
    const run = await startChat({
      ctx,
      input: ask({ message: "Long one", conversation_id: conversation.id }),
      deps: { registry: registryWith(slow.model) },
    });
    await new Promise((r) => setTimeout(r, 300));
    const answer = (
      await listMessages({ ctx, conversationId: conversation.id, input: { limit: 5 } })
    ).items[1]!;
    await stopAnswer({ ctx, conversationId: conversation.id, messageId: answer.id });
    const result = await run.result;
    expect(result.content.length).toBeGreaterThan(0);
    expect(result.content.length).toBeLessThan(words.length);
    const stored = (
      await listMessages({ ctx, conversationId: conversation.id, input: { limit: 5 } })
    ).items[1]!;
    expect(stored).toMatchObject({ status: "complete", content: result.content });
  });

  it("limits messages per day by plan", async () => {
    const { ctx, profile } = await createTestUser(db());
    await db().update(users).set({ plan: "tiny" }).where(eq(users.id, profile.id));
    const deps = { registry: registryWith(mockModel("ok").model) };
    for (let i = 0; i < 2; i++)
      await (
        await startChat({ ctx, input: ask({ message: `m${i}` }), deps })
      ).result;
    expect(await codeOf(startChat({ ctx, input: ask({ message: "one too many" }), deps }))).toBe(
      "rate_limited",
    );
  });

  it("treats another user's conversation as not found, and refuses unknown providers", async () => {
    const alice = await createTestUser(db());
    const bob = await createTestUser(db());
    const hers = await createConversation({ ctx: alice.ctx, input: {} });
    expect(
      await codeOf(
        startChat({ ctx: bob.ctx, input: ask({ message: "hi", conversation_id: hers.id }) }),
      ),
    ).toBe("not_found");
    expect(
      await codeOf(listMessages({ ctx: bob.ctx, conversationId: hers.id, input: { limit: 5 } })),
    ).toBe("not_found");
    expect(
      await codeOf(startChat({ ctx: bob.ctx, input: ask({ message: "hi", provider: "skynet" }) })),
    ).toBe("validation_error");
    expect(
      await codeOf(
        startChat({
          ctx: bob.ctx,
          input: ask({ message: "hi", provider: "offline", model: "gpt-9" }),
        }),
      ),
    ).toBe("validation_error");
  });
});
