import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createTrpcContext } from "@/server/trpc/context";
import { appRouter } from "@/server/trpc/root";
import { newRequestId } from "@/server/platform/crypto";
import { methodNotAllowed } from "@/server/http/respond";
import { JSON_BODY_LIMIT_BYTES } from "@/server/http/body";
import { withBodyLimit } from "@/server/http/body-limit";

function handler(request: Request): Promise<Response> {
  const requestId = newRequestId();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createTrpcContext(request, requestId),
    responseMeta: () => ({
      headers: new Headers({ "x-request-id": requestId, "cache-control": "no-store" }),
    }),
  });
}

// Bodies are limited like the REST operations' (1 MiB), before tRPC reads them.
const limited = withBodyLimit(JSON_BODY_LIMIT_BYTES, handler);
export { handler as GET, limited as POST };

const notAllowed = methodNotAllowed("GET, POST");
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
