import { describe, expect, it } from "vitest";
import { clientAddress, dropUntrustedProxyHeaders, matchesAny } from "./client-address";

describe("clientAddress", () => {
  it("takes the socket address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", [])).toBe("203.0.113.9");
  });

  it("folds IPv4-mapped IPv6 addresses", () => {
    expect(clientAddress("::ffff:127.0.0.1", undefined, [])).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress("198.51.100.7", "1.2.3.4", ["10.0.0.0/8"])).toBe("198.51.100.7");
  });

  it("takes the nearest untrusted hop behind trusted proxies", () => {
    // The client wrote "6.6.6.6" itself; the proxy appended the real peer it saw.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.5, 10.0.0.3", ["10.0.0.0/8"])).toBe(
      "203.0.113.5",
    );
  });

  it("falls back to the peer when X-Forwarded-For is missing or garbage", () => {
    expect(clientAddress("10.0.0.2", undefined, ["10.0.0.0/8"])).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "not-an-ip", ["10.0.0.0/8"])).toBe("10.0.0.2");
  });
});

describe("matchesAny", () => {
  it("matches IPv4 and IPv6 addresses and ranges", () => {
    expect(matchesAny("192.168.1.20", ["192.168.1.0/24"])).toBe(true);
    expect(matchesAny("192.168.2.20", ["192.168.1.0/24"])).toBe(false);
    expect(matchesAny("2001:db8::1", ["2001:db8::/32"])).toBe(true);
    expect(matchesAny("::1", ["::1"])).toBe(true);
    expect(matchesAny("127.0.0.1", ["::1"])).toBe(false);
    expect(matchesAny("127.0.0.1", ["bogus", "127.0.0.1"])).toBe(true);
  });
});

describe("dropUntrustedProxyHeaders", () => {
  const forwarded = () => ({
    host: "app.example",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    "x-forwarded-port": "443",
  });

  it("drops a client's forwarded host, protocol and port", () => {
    for (const proxies of [[], ["10.0.0.0/8"]]) {
      const headers = forwarded();
      dropUntrustedProxyHeaders(headers, "198.51.100.7", proxies);
      expect(headers).toEqual({ host: "app.example" });
    }
  });

  it("keeps them from a trusted proxy", () => {
    const headers = forwarded();
    dropUntrustedProxyHeaders(headers, "::ffff:10.1.2.3", ["10.0.0.0/8"]);
    expect(headers).toEqual(forwarded());
  });
});
