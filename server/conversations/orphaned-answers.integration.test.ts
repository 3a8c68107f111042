import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { messages } from "@/db/schema";
import { getEnv } from "@/server/platform/env";
import { describeEachDatabase } from "@/tests/databases";
import { createTestUser } from "@/tests/users";
import { createConversation } from "./conversations";
import { closeOrphanedAnswers } from "./orphaned-answers";

describeEachDatabase("answers a dead process left streaming", (db) => {
  it("are ended as failed once no writer can be alive, keeping their text; live ones are not", async () => {
    const { ctx, profile } = await createTestUser(db());
    const conversation = await createConversation({ ctx, input: {} });
    const now = new Date();
    const writerLimitMs = (getEnv().AI_TIMEOUT_SECONDS + 60) * 1000;
    const answer = (createdAt: Date, content: string) => ({
      conversationId: conversation.id,
      userId: profile.id,
      role: "assistant" as const,
      content,
      status: "streaming" as const,
      createdAt,
    });
    const [orphan, writing] = await db()
      .insert(messages)
      .values([
        answer(new Date(now.getTime() - writerLimitMs - 1000), "Half an answer"),
        answer(new Date(now.getTime() - 1000), "Still being written"),
      ])
      .returning({ id: messages.id });

    // Two instances sweeping at once close the orphan once.
    const closed = await Promise.all([
      closeOrphanedAnswers(db(), now),
      closeOrphanedAnswers(db(), now),
    ]);
    expect(closed[0] + closed[1]).toBeGreaterThanOrEqual(1);

    const statusOf = async (id: string) =>
      (await db().select().from(messages).where(eq(messages.id, id)))[0];
    expect(await statusOf(orphan!.id)).toMatchObject({
      status: "failed",
      content: "Half an answer",
    });
    expect(await statusOf(writing!.id)).toMatchObject({ status: "streaming" });
  });
});
