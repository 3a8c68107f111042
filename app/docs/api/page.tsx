import Script from "next/script";
import { pageNonce } from "@/server/http/nonce";

export const metadata = { title: "API reference" };

// Scalar renders /api/openapi.json. Everything that would call Scalar's cloud (web fonts, the AI
// agent, MCP, SDK generation, telemetry, the request proxy) is off: the page works offline.
const CONFIG = JSON.stringify({
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: "never",
  showToolbar: "never",
  hideClientButton: true,
  documentDownloadType: "json",
  // "Try it" calls go straight to this server, never through Scalar's proxy.
  proxyUrl: "",
  defaultHttpClient: { targetKey: "shell", clientKey: "curl" },
});

export default async function ApiReferencePage() {
  const nonce = await pageNonce();
  return (
    <main data-testid="api-reference">
      {/* Scalar reads its settings from this element; the nonce keeps the CSP from refusing it. */}
      <script
        id="api-reference"
        nonce={nonce}
        data-url="/api/openapi.json"
        data-configuration={CONFIG}
      />
      <Script src="/docs/api/reference.js" strategy="afterInteractive" nonce={nonce} />
    </main>
  );
}
