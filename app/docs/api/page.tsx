import { ApiReference } from "@/components/docs/api-reference";
import { pageNonce } from "@/server/http/nonce";

export const metadata = { title: "API reference" };

export default async function ApiReferencePage() {
  // The nonce keeps the Content-Security-Policy (proxy.ts) from refusing Scalar's script.
  return <ApiReference nonce={await pageNonce()} />;
}
