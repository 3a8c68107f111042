import { CLIENT_IP_HEADER } from "@/server/platform/request-info";
import { bindRoute } from "@/server/http/registry";
import { uniqueIp } from "./databases";

export type RestResult = {
  status: number;
  headers: Headers;
  json: Record<string, unknown> & { detail?: Record<string, unknown> };
};

/**
 * Calls a declared REST operation through its route handler, as Next.js would. `path` is the
 * concrete path; `route` the declared one it binds to, when they differ (path parameters).
 */
export async function callRest(
  method: string,
  path: string,
  init: {
    body?: unknown;
    headers?: Record<string, string>;
    route?: string;
    params?: Record<string, string>;
    ip?: string;
  } = {},
): Promise<RestResult> {
  const handler = bindRoute(init.route ?? path)[method as "GET"];
  if (!handler) throw new Error(`no ${method} ${init.route ?? path}`);
  // FormData goes as multipart (Request sets its boundary), a string as it is, the rest as JSON.
  const body =
    init.body === undefined || init.body instanceof FormData
      ? init.body
      : typeof init.body === "string"
        ? init.body
        : JSON.stringify(init.body);
  const request = new Request(`http://localhost${path}`, {
    method,
    body,
    headers: {
      [CLIENT_IP_HEADER]: init.ip ?? uniqueIp(),
      ...(typeof body === "string" && { "content-type": "application/json" }),
      ...init.headers,
    },
  });
  const response = await handler(request, { params: Promise.resolve(init.params ?? {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : {} };
}
