import { afterEach, expect, it, vi } from "vitest";
import { apiKeys, users } from "@/db/schema";
import { describeEachDatabase, unique } from "@/tests/databases";
import { createTestUser } from "@/tests/users";
import { log, scrubConsoleErrors } from "./logger";

/** What log.error writes for this error, as one string. */
function logged(error: unknown): string {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    log.error("unhandled error", { request_id: "r1", error });
  } finally {
    spy.mockRestore();
  }
  return lines.join("");
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the statement to fail");
    },
    (e: unknown) => e,
  );
}

describeEachDatabase("logger", (db) => {
  afterEach(() => vi.restoreAllMocks());

  it("logs a failed insert without its values: no email, password hash or key hash", async () => {
    const { profile } = await createTestUser(db());
    const passwordHash = `$argon2id$v=19$m=19456,t=2,p=1$${unique("secretsalt")}`;
    const error = await failure(
      db()
        .insert(users)
        .values({ email: profile.email, username: unique("dup"), passwordHash }),
    );
    const line = logged(error);
    expect(line).toContain("users_email_key"); // what failed is still there
    expect(line).toContain("23505");
    expect(line).not.toContain(passwordHash);
    expect(line).not.toContain(profile.email);
    expect(line).toContain("[redacted]");

    const keyHash = unique("f00dfeedkeyhash");
    const keyError = await failure(
      db()
        .insert(apiKeys)
        .values({
          tenantId: "00000000-0000-4000-8000-000000000000",
          organizationId: "00000000-0000-4000-8000-000000000000",
          userId: profile.id,
          name: "CI",
          keyHash,
          prefix: "xntr-abc",
          permissions: ["api:read"],
        }),
    );
    const keyLine = logged(keyError);
    expect(keyLine).toContain("23503");
    expect(keyLine).not.toContain(keyHash);
    expect(keyLine).not.toContain(profile.id);
    expect(JSON.parse(keyLine)).toMatchObject({ level: "error", request_id: "r1" });
  });

  it("keeps an ordinary error's message, stack and cause", () => {
    const line = JSON.parse(logged(new Error("outer", { cause: new TypeError("inner") })));
    expect(line.error).toMatchObject({ name: "Error", message: "outer" });
    expect(line.error.stack).toContain("logger.integration.test");
    expect(line.error.cause).toMatchObject({ name: "TypeError", message: "inner" });
  });
});

describeEachDatabase("console scrubbing", (db) => {
  afterEach(() => vi.restoreAllMocks());

  it("prints an error handed to console.error (as Next.js does for pages) without its values", async () => {
    const { profile } = await createTestUser(db());
    const error = await failure(
      db()
        .insert(users)
        .values({ email: profile.email, username: unique("dup"), passwordHash: "x" }),
    );
    const printed: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void printed.push(args);
    try {
      scrubConsoleErrors();
      console.error("page failed:", error);
    } finally {
      console.error = original;
    }
    const text = printed.flat().map(String).join(" ");
    expect(text).toContain("page failed:");
    expect(text).toContain("users_email_key");
    expect(text).not.toContain(profile.email);
  });
});
