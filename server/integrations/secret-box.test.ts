import { describe, expect, it } from "vitest";
import { open, seal } from "./secret-box";

describe("the integrations secret box", () => {
  it("round-trips, and the sealed text does not contain the secret", () => {
    const secret = "ya29.a0AfH6SMBplaintext-token";
    const sealed = seal(secret, "integrations:abc:access");
    expect(sealed).not.toContain(secret);
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(open(sealed, "integrations:abc:access")).toBe(secret);
  });

  it("uses a fresh IV each time", () => {
    expect(seal("same", "x")).not.toBe(seal("same", "x"));
  });

  it("refuses a value moved to another place or tampered with", () => {
    const sealed = seal("secret", "integrations:abc:access");
    expect(() => open(sealed, "integrations:other:access")).toThrow();
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3]!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    parts[3] = flipped.toString("base64url");
    expect(() => open(parts.join("."), "integrations:abc:access")).toThrow();
    expect(() => open("plain", "x")).toThrow();
  });
});
