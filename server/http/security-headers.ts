// Response headers that keep pages and API answers from being framed, sniffed, leaked through
// referrers or injected into. Applied to every response by proxy.ts; pure, so it is unit-tested.

export type SecurityHeaderOptions = {
  /** Per-request nonce for the page's scripts; absent for API answers, which run no script. */
  nonce?: string;
  /** The request reached us over HTTPS (directly, or as a trusted proxy says). */
  https: boolean;
  production: boolean;
};

const TWO_YEARS_SECONDS = 2 * 365 * 24 * 60 * 60;

/**
 * Pages: scripts only with this request's nonce ('strict-dynamic' lets Next's nonced loader add
 * its chunks); everything else from this origin only. Styles allow inline attributes because
 * React and Radix position popovers with `style=`, and Scalar injects its stylesheet at run time;
 * styles cannot run code, so this keeps the part of the policy that stops script injection.
 * Development adds 'unsafe-eval', which React needs there for its error overlays.
 */
export function pagePolicy(nonce: string, options: Omit<SecurityHeaderOptions, "nonce">): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** API answers are data: nothing in them may load, run or be framed. */
export const API_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "content-security-policy":
      options.nonce === undefined ? API_POLICY : pagePolicy(options.nonce, options),
    // For browsers without frame-ancestors.
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    // The microphone stays available to our own pages for Live practice.
    "permissions-policy":
      "camera=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), microphone=(self)",
    "cross-origin-opener-policy": "same-origin",
  };
  // Only over HTTPS (a browser ignores it on plain HTTP anyway), and only in production, so a
  // developer's localhost is never pinned to HTTPS.
  if (options.https && options.production) {
    headers["strict-transport-security"] = `max-age=${TWO_YEARS_SECONDS}; includeSubDomains`;
  }
  return headers;
}
