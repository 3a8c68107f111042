import type { RequestInfo } from "./context";

/**
 * Set by the process entry (server/main.ts) on every request, replacing anything the client sent:
 * the socket's address, or the X-Forwarded-For client when the peer is a configured trusted proxy.
 */
export const CLIENT_IP_HEADER = "x-xentree-client-ip";

/** The path and query the browser asked for, so a sign-in can return there. */
export const REQUEST_PATH_HEADER = "x-xentree-path";

export function requestInfo(request: Request, id: string): RequestInfo {
  return {
    id,
    ip: request.headers.get(CLIENT_IP_HEADER),
    userAgent: request.headers.get("user-agent"),
  };
}
