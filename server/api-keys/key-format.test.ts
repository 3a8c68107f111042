import { describe, expect, it } from "vitest";
import { isIpOrCidr, matchesAny } from "@/server/platform/client-address";
import { scopesSatisfy } from "@/server/platform/scopes";
import { generateApiKey, hashApiKey, isWellFormedApiKey } from "./key-format";

describe("API key format", () => {
  it("is xntr- and 86 URL-safe base64 characters, with a 16-character prefix and a stable hash", () => {
    const key = generateApiKey();
    expect(key.value).toMatch(/^xntr-[A-Za-z0-9_-]{86}$/);
    expect(key.value).toHaveLength(91);
    expect(key.prefix).toBe(key.value.slice(0, 16));
    expect(key.hash).toBe(hashApiKey(key.value));
    expect(key.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.hash).not.toContain(key.value.slice(5, 20));
    expect(generateApiKey().value).not.toBe(key.value);
  });

  it("recognises malformed keys without any lookup", () => {
    const { value } = generateApiKey();
    expect(isWellFormedApiKey(value)).toBe(true);
    for (const bad of [
      "xntr-short",
      value.slice(1),
      `${value}x`,
      value.replace(/.$/, "+"),
      `XNTR-${value.slice(5)}`,
    ]) {
      expect(isWellFormedApiKey(bad), bad).toBe(false);
    }
  });
});

describe("scope implication", () => {
  it("follows the contract: api:read covers *:read, api:write covers *:write, api:admin covers all", () => {
    expect(scopesSatisfy(["organizations:read"], ["organizations:read"])).toBe(true);
    expect(scopesSatisfy(["organizations:write"], ["organizations:read"])).toBe(false);
    expect(scopesSatisfy(["organizations:read"], ["organizations:write"])).toBe(false);
    expect(scopesSatisfy(["api:read"], ["xel:read"])).toBe(true);
    expect(scopesSatisfy(["api:read"], ["xel:write"])).toBe(false);
    expect(scopesSatisfy(["api:write"], ["live:write"])).toBe(true);
    expect(scopesSatisfy(["api:write"], ["live:read"])).toBe(false);
    expect(scopesSatisfy(["api:admin"], ["organizations:write"])).toBe(true);
    expect(scopesSatisfy(["quiz:read"], ["xel:read", "quiz:read"])).toBe(true);
    expect(scopesSatisfy([], ["xel:read"])).toBe(false);
  });
});

describe("allowlist entries", () => {
  it("accepts IPv4 and IPv6 addresses and ranges, strictly", () => {
    for (const ok of ["203.0.113.7", "10.0.0.0/8", "2001:db8::1", "2001:db8::/32", "::1"])
      expect(isIpOrCidr(ok), ok).toBe(true);
    for (const bad of [
      "10.1",
      "010.0.0.1",
      "10.0.0.0/33",
      "host.example",
      "1.2.3.4/8/1",
      "",
      "2001:db8::/129",
    ]) {
      expect(isIpOrCidr(bad), bad).toBe(false);
    }
  });

  it("matches addresses inside the listed ranges only", () => {
    const list = ["203.0.113.0/24", "2001:db8::/48", "198.51.100.7"];
    expect(matchesAny("203.0.113.200", list)).toBe(true);
    expect(matchesAny("203.0.114.1", list)).toBe(false);
    expect(matchesAny("2001:db8:0:ffff::1", list)).toBe(true);
    expect(matchesAny("2001:db9::1", list)).toBe(false);
    expect(matchesAny("198.51.100.7", list)).toBe(true);
    expect(matchesAny("::ffff:203.0.113.9", list)).toBe(true);
  });
});
