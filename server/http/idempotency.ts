import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { idempotencyRecords } from "@/db/schema";
import { AppError } from "@/server/platform/errors";

const TTL_MS = 24 * 60 * 60 * 1000;
const WAIT_STEP_MS = 100;
const WAIT_LIMIT_MS = 10_000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export type Outcome = { status: number; body: unknown };

/**
 * Runs a create request at most once per (caller, Idempotency-Key) for 24 hours. The first
 * request claims the key with a `pending` row (one insert: of two concurrent requests, one wins);
 * its successful answer is stored and replayed to retries with the same body. A retry while the
 * first still runs waits for its answer. Failures are not stored, so a retry runs again.
 */
export async function runIdempotently(
  db: Db,
  claim: { caller: string; key: string; requestHash: string },
  run: () => Promise<Outcome>,
): Promise<Outcome & { replayed: boolean }> {
  if (!KEY_PATTERN.test(claim.key)) {
    throw AppError.validation([
      { path: "header.Idempotency-Key", message: "Use 1–255 printable ASCII characters" },
    ]);
  }
  const where = and(
    eq(idempotencyRecords.caller, claim.caller),
    eq(idempotencyRecords.key, claim.key),
  );
  const now = new Date();
  // This caller's expired record for the key always goes; now and then everyone's expired ones do.
  const expired = lt(idempotencyRecords.expiresAt, now);
  await db.delete(idempotencyRecords).where(Math.random() < 0.01 ? expired : and(where, expired));
  const [claimed] = await db
    .insert(idempotencyRecords)
    .values({ ...claim, state: "pending", expiresAt: new Date(now.getTime() + TTL_MS) })
    .onConflictDoNothing()
    .returning({ key: idempotencyRecords.key });

  if (claimed) {
    let outcome: Outcome;
    try {
      outcome = await run();
    } catch (error) {
      await db.delete(idempotencyRecords).where(where);
      throw error;
    }
    await db
      .update(idempotencyRecords)
      .set({ state: "done", status: outcome.status, body: outcome.body ?? null })
      .where(where);
    return { ...outcome, replayed: false };
  }

  for (let waited = 0; ; waited += WAIT_STEP_MS) {
    const [record] = await db.select().from(idempotencyRecords).where(where);
    if (!record) return runIdempotently(db, claim, run); // the first attempt failed and let go
    if (record.requestHash !== claim.requestHash) {
      throw new AppError(
        "conflict",
        "This Idempotency-Key was already used with a different request",
      );
    }
    if (record.state === "done" && record.status !== null) {
      return { status: record.status, body: record.body, replayed: true };
    }
    if (waited >= WAIT_LIMIT_MS) {
      throw new AppError(
        "conflict",
        "A request with this Idempotency-Key is still in progress; retry shortly",
      );
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}
