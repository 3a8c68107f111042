import { bindRoute, operations } from "@/server/http/registry";
import { CLIENT_IP_HEADER } from "@/server/platform/request-info";
import { uniqueIp } from "./databases";

const routes = [...new Set(operations.map((op) => op.path))].map((route) => ({
  route,
  names: [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
  pattern: new RegExp(`^${route.replace(/\{\w+\}/g, "([^/]+)")}$`),
}));

/**
 * A fetch that answers through the declared route handlers, as Next.js would route the request
 * (path parameters included), from a fresh client address each time.
 */
export async function inProcessFetch(request: Request): Promise<Response> {
  const url = new URL(request.url);
  for (const { route, names, pattern } of routes) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
    const headers = new Headers(request.headers);
    headers.set(CLIENT_IP_HEADER, uniqueIp());
    const body = request.body ? await request.arrayBuffer() : undefined;
    const routed = new Request(request.url, { method: request.method, headers, body });
    return bindRoute(route)[request.method as "GET"](routed, { params: Promise.resolve(params) });
  }
  return new Response("no route", { status: 404 });
}
