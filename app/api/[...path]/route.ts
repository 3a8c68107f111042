import { newRequestId } from "@/server/platform/crypto";
import { AppError } from "@/server/platform/errors";
import { errorResponse, pickRequestId } from "@/server/http/respond";

// Unknown API paths answer the contract's envelope, not an HTML page.
async function notFound(request: Request) {
  const path = new URL(request.url).pathname;
  const response = errorResponse(
    new AppError("not_found", `No API endpoint at ${request.method} ${path}`),
    pickRequestId(request, newRequestId),
  );
  return request.method === "HEAD"
    ? new Response(null, { status: response.status, headers: response.headers })
    : response;
}

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as HEAD,
  notFound as OPTIONS,
};
