import Script from "next/script";

export const metadata = { title: "API reference" };

// Scalar renders /api/openapi.json; its default web fonts come from a CDN, so they are off.
const CONFIG = JSON.stringify({ withDefaultFonts: false, hideClientButton: false, telemetry: false });

export default function ApiReferencePage() {
  return (
    <main data-testid="api-reference">
      <script id="api-reference" data-url="/api/openapi.json" data-configuration={CONFIG} />
      <Script src="/docs/api/reference.js" strategy="afterInteractive" />
    </main>
  );
}
