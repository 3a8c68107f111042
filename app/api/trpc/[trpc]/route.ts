import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createTrpcContext } from "@/server/trpc/context";
import { appRouter } from "@/server/trpc/root";
import { newRequestId } from "@/server/platform/crypto";

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
