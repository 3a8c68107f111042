import { randomUUID } from "node:crypto";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { idempotencyRecords } from "@/db/schema";
import { AppError } from "@/server/platform/errors";

const TTL_MS = 24 * 60 * 60 * 1000;
/** How long an attempt holds a pending key before a retry may take it over. */
export const LEASE_MS = 10_000;
const WAIT_STEP_MS = 100;
// A retry waits out a live claim, and a little more, so a stale one is taken over in the same call.
const WAIT_LIMIT_MS = LEASE_MS + 2_000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export type Outcome = { status: number; body: unknown };

/** Another attempt took this key over after our lease ran out; ours must not count. */
class LostClaim extends Error {}

/**
 * Runs a create request at most once per (caller, Idempotency-Key) for 24 hours.
 *
 * The first request claims the key with a `pending` row carrying a random claim token and a
 * lease. The request's own writes and the stored answer commit in ONE transaction, and only while
 * the claim is still ours: so either the create and its answer are both there (a retry replays
 * the answer), or neither is. An attempt that fails lets go of the key; one that cannot (the
 * database went away, the process died) leaves a claim whose lease runs out, and a retry then
 * takes it over and runs the request again. If the first attempt was only slow and finishes
 * after a takeover, its transaction finds the claim gone and rolls back. Exact with any number of
 * instances on one database. The same key with another body is `409`.
 */
export async function runIdempotently(
  db: Db,
  claim: { caller: string; key: string; requestHash: string },
  run: (db: Db) => Promise<Outcome>,
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

  const token = randomUUID();
  const leaseExpiresAt = new Date(now.getTime() + LEASE_MS);
  const [claimed] = await db
    .insert(idempotencyRecords)
    .values({
      ...claim,
      state: "pending",
      claimToken: token,
      leaseExpiresAt,
      expiresAt: new Date(now.getTime() + TTL_MS),
    })
    .onConflictDoUpdate({
      target: [idempotencyRecords.caller, idempotencyRecords.key],
      set: { claimToken: token, leaseExpiresAt },
      // Take over only a stale claim of the same request (records from before leases have none).
      setWhere: and(
        eq(idempotencyRecords.state, "pending"),
        eq(idempotencyRecords.requestHash, claim.requestHash),
        or(isNull(idempotencyRecords.leaseExpiresAt), lt(idempotencyRecords.leaseExpiresAt, now)),
      ),
    })
    .returning({ key: idempotencyRecords.key });

  if (claimed) {
    try {
      return await db.transaction(async (tx) => {
        const outcome = await run(tx as unknown as Db);
        const stored = await tx
          .update(idempotencyRecords)
          .set({
            state: "done",
            status: outcome.status,
            body: outcome.body ?? null,
            claimToken: null,
            leaseExpiresAt: null,
          })
          .where(and(where, eq(idempotencyRecords.claimToken, token)))
          .returning({ key: idempotencyRecords.key });
        if (stored.length === 0) throw new LostClaim();
        return { ...outcome, replayed: false };
      });
    } catch (error) {
      if (!(error instanceof LostClaim)) {
        // Let go, so a retry runs at once. If the database is gone this fails too: the lease
        // then lets a retry take over.
        await db
          .delete(idempotencyRecords)
          .where(and(where, eq(idempotencyRecords.claimToken, token)))
          .catch(() => undefined);
        throw error;
      }
    }
  }
  return awaitOther(db, claim, run);
}

/** Waits for the attempt holding the key: replays its answer, or takes over a stale claim. */
async function awaitOther(
  db: Db,
  claim: { caller: string; key: string; requestHash: string },
  run: (db: Db) => Promise<Outcome>,
): Promise<Outcome & { replayed: boolean }> {
  const where = and(
    eq(idempotencyRecords.caller, claim.caller),
    eq(idempotencyRecords.key, claim.key),
  );
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
    if (!record.leaseExpiresAt || record.leaseExpiresAt.getTime() < Date.now()) {
      return runIdempotently(db, claim, run); // the attempt holding it died: take over
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
