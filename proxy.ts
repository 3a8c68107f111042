import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "@/server/http/security-headers";
import { getEnv } from "@/server/platform/env";

/**
 * Runs before every request (Next.js 16's proxy, formerly middleware): security headers on every
 * answer, and for pages a fresh script nonce. Next.js reads the nonce from the request's
 * Content-Security-Policy header and puts it on its own scripts; pages are rendered per request
 * (the root layout reads headers), since a page built ahead of time cannot carry one.
 */
export function proxy(request: NextRequest) {
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  // X-Forwarded-Proto reaches here only from a trusted proxy (server/main.ts drops the rest).
  const https =
    request.nextUrl.protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const headers = securityHeaders({
    nonce: isApi
      ? undefined
      : Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64"),
    https,
    production: getEnv().NODE_ENV === "production",
  });

  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", headers["content-security-policy"]!);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build output is immutable and served with its own headers (next.config.ts).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
