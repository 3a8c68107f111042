import postgres from "postgres";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isDatabaseUnavailable } from "@/server/platform/faults";
import { errorResponse } from "./respond";

describe("faults that are nobody's bug", () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers a database outage with 503 service_unavailable and Retry-After", async () => {
    // A real refused connection, as during a PostgreSQL restart.
    const sql = postgres("postgres://nobody@127.0.0.1:1/none", { connect_timeout: 2, max: 1 });
    const refused = await sql`select 1`.catch((e: unknown) => e);
    await sql.end();
    const wrapped = new Error("Failed query: insert into notes …", { cause: refused });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    for (const error of [
      refused,
      wrapped,
      Object.assign(new Error("terminating connection"), { code: "57P01" }),
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      const response = errorResponse(error, "rid-1");
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("2");
      expect(await response.json()).toMatchObject({
        detail: { error: "service_unavailable", request_id: "rid-1" },
      });
    }
    expect(stderr.mock.calls.join("")).not.toContain("unhandled error");
    expect(isDatabaseUnavailable(Object.assign(new Error("dup"), { code: "23505" }))).toBe(false);
  });
});
