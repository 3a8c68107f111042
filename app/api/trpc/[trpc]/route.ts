import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createTrpcContext } from "@/server/trpc/context";
import { appRouter } from "@/server/trpc/root";
import { newRequestId } from "@/server/platform/crypto";
import { methodNotAllowed } from "@/server/http/respond";

function handler(request: Request) {
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

export { handler as GET, handler as POST };

const notAllowed = methodNotAllowed("GET, POST");
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
