import { readFile } from "node:fs/promises";
import path from "node:path";

// The reference UI's script, served from the npm package: no CDN, so it works offline.
const SCRIPT = path.join(
  process.cwd(),
  "node_modules/@scalar/api-reference/dist/browser/standalone.js",
);

let cached: Promise<Buffer> | undefined;

export async function GET() {
  cached ??= readFile(SCRIPT);
  return new Response(new Uint8Array(await cached), {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=86400",
    },
  });
}
