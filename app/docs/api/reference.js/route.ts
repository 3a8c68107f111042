import { readFile } from "node:fs/promises";
import path from "node:path";

// The reference UI's script, served from the npm package: no CDN, so it works offline.
const SCRIPT = path.join(
  process.cwd(),
  "node_modules/@scalar/api-reference/dist/browser/standalone.js",
);

// The bundled zod probes whether eval works by calling Function(""). Our Content-Security-Policy
// forbids eval, so the probe would fail anyway, but the browser reports every try as a policy
// violation. Answer "no" without trying; zod then validates without compiling, as it would have.
// The CSP check in e2e/ui/security-headers.spec.ts fails if a new version probes another way.
const EVAL_PROBE = "try{return Function(``),!0}catch{return!1}";

let cached: Promise<Buffer> | undefined;

async function load(): Promise<Buffer> {
  const source = await readFile(SCRIPT, "utf8");
  return Buffer.from(source.replace(EVAL_PROBE, "return!1"));
}

export async function GET() {
  cached ??= load();
  return new Response(new Uint8Array(await cached), {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=86400",
    },
  });
}
