import { authRouter } from "@/server/auth/router";
import { organizationsRouter } from "@/server/organizations/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  auth: authRouter,
  organizations: organizationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
