import { newRequestId } from "@/server/platform/crypto";
import { AppError } from "@/server/platform/errors";
import { errorResponse } from "@/server/http/respond";

// Unknown API paths answer the contract's envelope, not an HTML page.
function notFound(request: Request) {
  const path = new URL(request.url).pathname;
  return errorResponse(
    new AppError("not_found", `No API endpoint at ${request.method} ${path}`),
    newRequestId(),
  );
}

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
};
