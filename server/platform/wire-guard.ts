// Requests Next.js itself would answer with a plain-text 500 or an empty 400/405 before any route
// of ours runs: a path whose percent-encoding does not decode, or a method no route can have.
// The process entry answers them for /api/* with the contract's envelope. Node built-ins only:
// server/main.ts imports this file directly.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

const ROUTED_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

type Refusal = { status: number; error: string; message: string; allow?: string };

/** Why the request cannot reach a route, or null when it can. */
export function refusal(method: string | undefined, url: string | undefined): Refusal | null {
  const path = (url ?? "/").split("?")[0] ?? "/";
  if (!path.startsWith("/api/") && path !== "/api") return null;
  try {
    decodeURIComponent(path);
  } catch {
    return {
      status: 400,
      error: "validation_error",
      message: "The path is not valid percent-encoding",
    };
  }
  if (!ROUTED_METHODS.has(method ?? "")) {
    return {
      status: 405,
      error: "method_not_allowed",
      message: `The method ${method ?? ""} is not used by this API`,
      allow: [...ROUTED_METHODS].join(", "),
    };
  }
  return null;
}

/** Answers a refused /api/* request in the envelope; true when it did. */
export function guardWire(req: IncomingMessage, res: ServerResponse): boolean {
  const found = refusal(req.method, req.url);
  if (!found) return false;
  const requestId = randomBytes(12).toString("base64url");
  const body = JSON.stringify({
    detail: { error: found.error, message: found.message, request_id: requestId },
  });
  res.writeHead(found.status, {
    "content-type": "application/json",
    "cache-control": "no-store",
    "x-request-id": requestId,
    ...(found.allow && { allow: found.allow }),
  });
  res.end(req.method === "HEAD" ? undefined : body);
  // Whatever the client still sends is not read.
  req.resume();
  return true;
}
