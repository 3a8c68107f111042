import { NextRequest } from "next/server";
import { newRequestId } from "@/server/platform/crypto";
import { readBodyBytes } from "./body";
import { errorResponse, pickRequestId } from "./respond";

/** Auth.js only ever receives a sign-in form or a sign-out: a few hundred bytes. */
export const AUTH_FORM_LIMIT_BYTES = 64 * 1024;

/**
 * Route handlers that read bodies themselves (tRPC, Auth.js) get the same limit as the REST
 * operations: the body is read up to `limit` bytes, or answered `413 payload_too_large` in the
 * envelope, before the handler sees it.
 */
export function withBodyLimit<Rest extends unknown[]>(
  limit: number,
  handler: (request: NextRequest, ...rest: Rest) => Promise<Response>,
) {
  return async (request: NextRequest, ...rest: Rest): Promise<Response> => {
    if (request.body === null || request.method === "GET" || request.method === "HEAD") {
      return handler(request, ...rest);
    }
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readBodyBytes(request, limit);
    } catch (error) {
      return errorResponse(error, pickRequestId(request, newRequestId));
    }
    // A fresh request from the parts: wrapping the drained original would not replace its body.
    const copy = new NextRequest(request.url, {
      method: request.method,
      headers: request.headers,
      body,
      signal: request.signal,
    });
    return handler(copy, ...rest);
  };
}
