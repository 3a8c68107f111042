import { apiKeysRouter } from "@/server/api-keys/router";
import { authRouter } from "@/server/auth/router";
import { conversationsRouter } from "@/server/conversations/router";
import { organizationsRouter } from "@/server/organizations/router";
import { xelRouter } from "@/server/xel/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  auth: authRouter,
  conversations: conversationsRouter,
  organizations: organizationsRouter,
  apiKeys: apiKeysRouter,
  xel: xelRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
