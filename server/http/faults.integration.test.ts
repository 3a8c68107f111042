import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterEach, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDatabase, type Db } from "@/db/client";
import { idempotencyRecords, notes, tenants } from "@/db/schema";
import { sha256Hex } from "@/server/platform/crypto";
import { describeEachDatabase, unique } from "@/tests/databases";
import { callRest } from "@/tests/rest";
import { createTestUser } from "@/tests/users";
import { bearerFor } from "@/tests/fuzz/world";
import { handle } from "./handle";
import { runIdempotently } from "./idempotency";
import { defineOperation } from "./operation";
import { operations } from "./registry";

const outage = () =>
  Object.assign(new Error("write CONNECTION_CLOSED 127.0.0.1:5432"), { code: "CONNECTION_CLOSED" });

/** A tenant row per run, so a test can count how many runs really committed. */
const createTenant = async (db: Db) => {
  const [row] = await db.insert(tenants).values({}).returning({ id: tenants.id });
  return { status: 201, body: { id: row!.id } };
};

describeEachDatabase("faults: idempotency after an outage, client aborts", (db) => {
  afterEach(() => vi.restoreAllMocks());

  it("runs a create again when its first attempt died holding the key, then replays it", async () => {
    const user = await createTestUser(db(), "fault");
    const headers = { ...(await bearerFor(user)), "idempotency-key": unique("k") };
    const body = { title: unique("note "), content: "kept once" };
    const op = operations.find((o) => o.method === "POST" && o.path === "/api/core/notes")!;
    // What a process that died (or lost its database) after claiming the key leaves behind.
    await db()
      .insert(idempotencyRecords)
      .values({
        caller: `user:${user.profile.id}`,
        key: headers["idempotency-key"],
        requestHash: sha256Hex(`${op.operationId}\n${op.path}\n${JSON.stringify(body)}`),
        state: "pending",
        claimToken: randomUUID(),
        leaseExpiresAt: new Date(Date.now() - 1000),
        expiresAt: new Date(Date.now() + 86_400_000),
      });

    const retry = await callRest("POST", "/api/core/notes", { headers, body });
    expect(retry.status).toBe(201);
    const again = await callRest("POST", "/api/core/notes", { headers, body });
    expect([again.status, again.json.id]).toEqual([201, retry.json.id]);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const stored = await db().select().from(notes).where(eq(notes.title, body.title));
    expect(stored).toHaveLength(1);
  });

  it("keeps nothing of an attempt that lost the database mid-way, and a retry runs it once", async () => {
    const claim = { caller: `user:${randomUUID()}`, key: "k1", requestHash: "h" };
    const created: string[] = [];
    // The create's insert succeeds, then the database goes away: nothing may stay committed, and
    // letting go of the key fails too (the database is gone), so the claim is left pending.
    let gone = false;
    const dying = new Proxy(db(), {
      get(target, property, receiver) {
        if (property === "delete" && gone) return () => ({ where: () => Promise.reject(outage()) });
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    await expect(
      runIdempotently(dying, claim, async (tx) => {
        created.push(((await createTenant(tx)).body as { id: string }).id);
        gone = true;
        throw outage();
      }),
    ).rejects.toMatchObject({ code: "CONNECTION_CLOSED" });
    const [left] = await db()
      .select()
      .from(idempotencyRecords)
      .where(eq(idempotencyRecords.caller, claim.caller));
    expect(left?.state).toBe("pending");

    // Time passes beyond the lease; the client retries with the same key.
    await db()
      .update(idempotencyRecords)
      .set({ leaseExpiresAt: new Date(Date.now() - 1) })
      .where(eq(idempotencyRecords.caller, claim.caller));
    const retry = await runIdempotently(db(), claim, createTenant);
    const replay = await runIdempotently(db(), claim, createTenant);
    expect(replay).toEqual({ ...retry, replayed: true });
    created.push((retry.body as { id: string }).id);
    const rows = await db().select().from(tenants).where(inArray(tenants.id, created));
    expect(rows.map((r) => r.id)).toEqual([(retry.body as { id: string }).id]);
  });

  it("a slow first attempt overtaken after its lease rolls back, so the create happens once", async () => {
    // PGlite runs one transaction at a time, so two overlapping attempts need a real server.
    if ((await getDatabase()).kind !== "postgres") return;
    const claim = { caller: `user:${randomUUID()}`, key: "slow", requestHash: "h" };
    let overtaken!: () => void;
    const released = new Promise<void>((resolve) => (overtaken = resolve));
    const ids: string[] = [];
    const slow = runIdempotently(db(), claim, async (tx) => {
      const outcome = await createTenant(tx);
      ids.push((outcome.body as { id: string }).id);
      await released;
      return outcome;
    });
    await expect
      .poll(
        async () =>
          (
            await db()
              .select()
              .from(idempotencyRecords)
              .where(eq(idempotencyRecords.caller, claim.caller))
          ).length,
      )
      .toBe(1);
    await db()
      .update(idempotencyRecords)
      .set({ leaseExpiresAt: new Date(Date.now() - 1) })
      .where(eq(idempotencyRecords.caller, claim.caller));
    const fast = await runIdempotently(db(), claim, async (tx) => {
      const outcome = await createTenant(tx);
      ids.push((outcome.body as { id: string }).id);
      return outcome;
    });
    overtaken();
    const late = await slow;
    expect(late).toEqual({ ...fast, replayed: true });
    const rows = await db().select().from(tenants).where(inArray(tenants.id, ids));
    expect(rows.map((r) => r.id)).toEqual([(fast.body as { id: string }).id]);
    expect(ids).toHaveLength(2);
  });

  it("does not log a client that closes its request as an unhandled error", async () => {
    const op = defineOperation({
      operationId: "echo",
      method: "POST",
      path: "/api/echo",
      tag: "t",
      summary: "echo",
      auth: "none",
      body: z.object({ a: z.string() }),
      response: { status: 200, description: "ok" },
      errors: [],
      handler: async () => undefined,
    });
    const aborter = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
        setTimeout(() => {
          aborter.abort();
          controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
        }, 20);
      },
    });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const response = await handle(op)(
      new Request("http://localhost/api/echo", {
        method: "POST",
        body,
        signal: aborter.signal,
        headers: { "content-type": "application/json" },
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(stderr.mock.calls.join("")).not.toContain("unhandled error");
  });
});
