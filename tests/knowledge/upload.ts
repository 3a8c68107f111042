import { CLIENT_IP_HEADER } from "@/server/platform/request-info";
import { bindRoute } from "@/server/http/registry";
import { uniqueIp } from "../databases";

/** POST /api/knowledge/documents through its route handler, as a browser's multipart form. */
export async function uploadRest(
  file: { name: string; type: string; data: Uint8Array | string },
  headers: Record<string, string>,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("file", new File([file.data as BlobPart], file.name, { type: file.type }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  // Encoded first, as a browser sends it (a FormData body stream cannot be cancelled cleanly).
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const handler = bindRoute("/api/knowledge/documents").POST!;
  const response = await handler(
    new Request("http://localhost/api/knowledge/documents", {
      method: "POST",
      body,
      headers: {
        [CLIENT_IP_HEADER]: uniqueIp(),
        "content-type": encoded.headers.get("content-type")!,
        ...headers,
      },
    }),
    { params: Promise.resolve({}) },
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the JSON loosely
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}
