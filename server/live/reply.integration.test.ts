import { expect, it } from "vitest";
import { createRegistry } from "@/server/ai/registry";
import { describeEachDatabase } from "@/tests/databases";
import { codeOf } from "@/tests/fixtures";
import { mockModel, registryWith } from "@/tests/mock-models";
import { createTestUser } from "@/tests/users";
import { setNickname } from "./nickname";
import { practiceReply } from "./practice-partner";
import { liveReply } from "./reply";
import { endSession, startSession } from "./sessions";

it("the offline practice partner says what it is, then follows on from the learner", () => {
  const first = practiceReply("Hi there", [], "Ada");
  expect(first).toMatch(/^Hello, Ada! I am Xentree's offline practice partner/);
  expect(first).toContain("No language model is connected");
  const history = [
    { role: "user" as const, text: "Hi there" },
    { role: "ai" as const, text: first },
  ];
  const next = practiceReply("I went swimming with my grandmother this morning", history, "Ada");
  expect(next).toContain("“grandmother”");
  expect(next).toMatch(/\?$/);
  expect(practiceReply("Yes", history, null)).toMatch(/^Can you say a little more\?/);
  expect(practiceReply("OK, goodbye!", history, "Ada")).toMatch(/^Thank you for practising/);
});

describeEachDatabase("Live replies", (db) => {
  it("answers through the provider layer with the Live persona and the nickname", async () => {
    const user = await createTestUser(db());
    await setNickname({ ctx: user.ctx, input: { nickname: "Ada" } });
    const s = await startSession({ ctx: user.ctx, input: { session_type: "voice" } });
    const { model, calls } = mockModel("Lovely! What did you eat?");
    const answer = await liveReply({
      ctx: user.ctx,
      input: {
        session_id: s.session_id,
        message: "I cooked pasta",
        history: [{ role: "ai", text: "Hi!" }],
      },
      registry: registryWith(model),
    });
    expect(answer).toEqual({ text: "Lovely! What did you eat?", provider: "mock" });
    const prompt = JSON.stringify(calls[0]!.prompt);
    expect(prompt).toContain("Call the learner Ada.");
    expect(prompt).toContain("I cooked pasta");
    const offline = await liveReply({
      ctx: user.ctx,
      input: { session_id: s.session_id, message: "Hello", history: [] },
      registry: createRegistry([], 0),
    });
    expect(offline.provider).toBe("offline");
    await endSession({ ctx: user.ctx, sessionId: s.session_id });
    expect(
      await codeOf(
        liveReply({
          ctx: user.ctx,
          input: { session_id: s.session_id, message: "Still there?", history: [] },
          registry: registryWith(model),
        }),
      ),
    ).toBe("conflict");
  });

  it("a failing provider is 503 provider_unavailable", async () => {
    const user = await createTestUser(db());
    const s = await startSession({ ctx: user.ctx, input: { session_type: "voice" } });
    const failing = mockModel("x", { fail: true });
    failing.model.doGenerate = async () => {
      throw new Error("upstream 500");
    };
    expect(
      await codeOf(
        liveReply({
          ctx: user.ctx,
          input: { session_id: s.session_id, message: "Hello", history: [] },
          registry: registryWith(failing.model),
        }),
      ),
    ).toBe("provider_unavailable");
  });
});
