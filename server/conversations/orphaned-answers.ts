import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { messages } from "@/db/schema";
import { getEnv } from "@/server/platform/env";

/** Slack beyond the model timeout before an answer counts as abandoned (saves, a slow database). */
const GRACE_SECONDS = 60;

/**
 * Ends answers left `streaming` by an app process that died while writing them (a crash, a
 * deploy). A writer gives up after AI_TIMEOUT_SECONDS, so an answer still streaming well past
 * that has no writer left: it becomes `failed`, keeping the text saved so far, and no page waits
 * for it any more. One conditional UPDATE, safe to run on every instance at once.
 */
export async function closeOrphanedAnswers(db: Db, now: Date): Promise<number> {
  const abandonedBefore = new Date(
    now.getTime() - (getEnv().AI_TIMEOUT_SECONDS + GRACE_SECONDS) * 1000,
  );
  const closed = await db
    .update(messages)
    .set({ status: "failed" })
    .where(
      and(
        eq(messages.status, "streaming"),
        lt(messages.createdAt, sql`${abandonedBefore.toISOString()}::timestamptz`),
      ),
    )
    .returning({ id: messages.id });
  return closed.length;
}
