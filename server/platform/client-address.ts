// Imported by server/main.ts under Node's TypeScript support: relative `.ts` imports only.
import ipaddr from "ipaddr.js";

type Parsed = ipaddr.IPv4 | ipaddr.IPv6;

function parse(address: string): Parsed | null {
  try {
    const ip = ipaddr.parse(address.trim());
    // "::ffff:127.0.0.1" and "127.0.0.1" are one client.
    return ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()
      ? (ip as ipaddr.IPv6).toIPv4Address()
      : ip;
  } catch {
    return null;
  }
}

/**
 * Whether `value` is an IPv4 or IPv6 address, or a CIDR range of either. Strict: IPv4 in four
 * decimal parts only, so "10.1" or "010.0.0.1" (which parsers read as other addresses) are refused.
 */
export function isIpOrCidr(value: string): boolean {
  const [address = "", bits, ...rest] = value.split("/");
  const strict =
    ipaddr.IPv4.isValidFourPartDecimal(address) ||
    (address.includes(":") && ipaddr.IPv6.isValid(address));
  if (!strict || rest.length > 0) return false;
  return bits === undefined || ipaddr.isValidCIDR(value);
}

/** Whether `address` is one of `ranges` (IPs or CIDRs, IPv4 or IPv6). */
export function matchesAny(address: string, ranges: readonly string[]): boolean {
  const ip = parse(address);
  if (!ip) return false;
  return ranges.some((range) => {
    try {
      const [net, bits] = range.includes("/")
        ? ipaddr.parseCIDR(range)
        : [ipaddr.parse(range), range.includes(":") ? 128 : 32];
      return ip.kind() === net.kind() && ip.match(net, bits);
    } catch {
      return false;
    }
  });
}

/**
 * The client's address. The socket peer, unless the peer is a trusted proxy: then the nearest
 * X-Forwarded-For hop that is not itself a trusted proxy (hops further left are client-written).
 */
export function clientAddress(
  socketAddress: string | null,
  forwardedFor: string | string[] | undefined,
  trustedProxies: readonly string[],
): string | null {
  const peer = socketAddress ? (parse(socketAddress)?.toString() ?? null) : null;
  if (!peer || trustedProxies.length === 0 || !matchesAny(peer, trustedProxies)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = parse(hops[i] ?? "");
    if (!hop) return peer;
    if (!matchesAny(hop.toString(), trustedProxies)) return hop.toString();
  }
  return peer;
}

/** Headers that describe the original request; only a trusted proxy's are believed. */
export const PROXY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;

/**
 * Drops the forwarded host, protocol and port unless the peer is a trusted proxy, so no client
 * can make the same-origin check (or Auth.js's URLs) believe another origin.
 */
export function dropUntrustedProxyHeaders(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | null,
  trustedProxies: readonly string[],
): void {
  const trusted =
    socketAddress !== null &&
    trustedProxies.length > 0 &&
    matchesAny(socketAddress, trustedProxies);
  if (trusted) return;
  for (const name of PROXY_HEADERS) delete headers[name];
}
