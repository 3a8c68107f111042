import { buildOpenApiDocument } from "@/server/http/openapi";
import { methodNotAllowed, REQUEST_ID_HEADER } from "@/server/http/respond";
import { newRequestId } from "@/server/platform/crypto";

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET() {
  document ??= buildOpenApiDocument();
  return Response.json(document, {
    headers: { "cache-control": "public, max-age=300", [REQUEST_ID_HEADER]: newRequestId() },
  });
}

const notAllowed = methodNotAllowed("GET, HEAD");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
