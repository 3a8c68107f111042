import { describe, expect, it } from "vitest";
import { API_POLICY, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("gives pages a nonce-only script policy that nobody may frame", () => {
    const h = securityHeaders({ nonce: "abc123", https: false, production: true });
    const csp = h["content-security-policy"]!;
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(h).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h).not.toHaveProperty("strict-transport-security");
  });

  it("sends HSTS only in production over HTTPS", () => {
    expect(securityHeaders({ https: true, production: true })["strict-transport-security"]).toMatch(
      /^max-age=\d{8}; includeSubDomains$/,
    );
    expect(securityHeaders({ https: true, production: false })).not.toHaveProperty(
      "strict-transport-security",
    );
    expect(
      securityHeaders({ nonce: "n", https: true, production: true })["content-security-policy"],
    ).toContain("upgrade-insecure-requests");
  });

  it("lets nothing load from an API answer, and allows eval only in development", () => {
    expect(securityHeaders({ https: false, production: true })["content-security-policy"]).toBe(
      API_POLICY,
    );
    expect(
      securityHeaders({ nonce: "n", https: false, production: false })["content-security-policy"],
    ).toContain("'unsafe-eval'");
  });
});
