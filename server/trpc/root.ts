import { apiKeysRouter } from "@/server/api-keys/router";
import { authRouter } from "@/server/auth/router";
import { conversationsRouter } from "@/server/conversations/router";
import { organizationsRouter } from "@/server/organizations/router";
import { englishRouter } from "@/server/xel/course-router";
import { xpRouter } from "@/server/xp/router";
import { xelRouter } from "@/server/xel/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  auth: authRouter,
  conversations: conversationsRouter,
  organizations: organizationsRouter,
  apiKeys: apiKeysRouter,
  english: englishRouter,
  xp: xpRouter,
  xel: xelRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
