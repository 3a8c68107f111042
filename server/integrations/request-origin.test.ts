import { describe, expect, it } from "vitest";
import { originOf } from "./request-origin";

const request = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/integrations/google-calendar/connect", { headers });

describe("the origin a connect request was made at", () => {
  it("is the Host the browser sent, not the URL Next.js rebuilt", () => {
    expect(originOf(request({ host: "127.0.0.1:3200" }))).toBe("http://127.0.0.1:3200");
    expect(originOf(request({ host: "[::1]:3200" }))).toBe("http://[::1]:3200");
  });

  it("follows a trusted proxy's forwarded host and protocol", () => {
    expect(
      originOf(
        request({
          host: "10.0.0.5:3000",
          "x-forwarded-host": "xentree.example, proxy",
          "x-forwarded-proto": "https",
        }),
      ),
    ).toBe("https://xentree.example");
  });

  it("falls back to the URL for a malformed host or protocol", () => {
    expect(originOf(request({ host: "evil.example/path?x" }))).toBe("http://localhost:3000");
    expect(originOf(request({ host: "ok.example", "x-forwarded-proto": "javascript" }))).toBe(
      "http://localhost:3000",
    );
  });
});
