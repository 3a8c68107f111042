import { apiKeysRouter } from "@/server/api-keys/router";
import { authRouter } from "@/server/auth/router";
import { conversationsRouter } from "@/server/conversations/router";
import { knowledgeRouter } from "@/server/knowledge/router";
import { organizationsRouter } from "@/server/organizations/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  auth: authRouter,
  conversations: conversationsRouter,
  knowledge: knowledgeRouter,
  organizations: organizationsRouter,
  apiKeys: apiKeysRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
