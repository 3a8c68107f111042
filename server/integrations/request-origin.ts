/**
 * The origin the browser used (its Host header; the proxy's forwarded host and protocol, which
 * server/main.ts passes on only from trusted proxies), so the callback returns to where the
 * session cookie lives. GOOGLE_REDIRECT_URI overrides it.
 */
export function originOf(request: Request): string {
  const first = (value: string | null) => value?.split(",")[0]?.trim() || null;
  const url = new URL(request.url);
  const host = first(request.headers.get("x-forwarded-host")) ?? first(request.headers.get("host"));
  const proto = first(request.headers.get("x-forwarded-proto")) ?? url.protocol.replace(":", "");
  return host && /^[\w.:[\]-]+$/.test(host) && /^https?$/.test(proto)
    ? `${proto}://${host}`
    : url.origin;
}
