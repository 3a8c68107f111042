import { describe, expect, it } from "vitest";
import { refusal } from "./wire-guard";

describe("the wire guard in front of Next.js", () => {
  it("answers /api/* paths whose percent-encoding does not decode with a 400", () => {
    for (const url of ["/api/core/notes/%E0%A4%A", "/api/nope/%zz", "/api/core/notes/%?q=1"]) {
      expect(refusal("GET", url)).toMatchObject({ status: 400, error: "validation_error" });
    }
  });

  it("answers methods no route can have with a 405 and Allow", () => {
    expect(refusal("TRACE", "/api/core/notes")).toMatchObject({
      status: 405,
      error: "method_not_allowed",
      allow: expect.stringContaining("GET"),
    });
    expect(refusal("PROPFIND", "/api/auth/me")?.status).toBe(405);
  });

  it("lets everything else through, and leaves pages alone", () => {
    expect(refusal("GET", "/api/core/notes/%20ok?cursor=%zz")).toBeNull();
    expect(refusal("DELETE", "/api/core/notes/abc")).toBeNull();
    expect(refusal("TRACE", "/chat/%zz")).toBeNull();
  });
});
