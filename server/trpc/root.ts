import { apiKeysRouter } from "@/server/api-keys/router";
import { adminStatsRouter } from "@/server/admin-stats/router";
import { auditRouter } from "@/server/audit/router";
import { authRouter } from "@/server/auth/router";
import { conversationsRouter } from "@/server/conversations/router";
import { learningSessionsRouter } from "@/server/learning-sessions/router";
import { integrationsRouter } from "@/server/integrations/router";
import { liveRouter } from "@/server/live/router";
import { knowledgeRouter } from "@/server/knowledge/router";
import { organizationsRouter } from "@/server/organizations/router";
import { searchAdminRouter } from "@/server/search-admin/router";
import { englishRouter } from "@/server/xel/course-router";
import { xpRouter } from "@/server/xp/router";
import { xelRouter } from "@/server/xel/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  auth: authRouter,
  conversations: conversationsRouter,
  live: liveRouter,
  knowledge: knowledgeRouter,
  organizations: organizationsRouter,
  apiKeys: apiKeysRouter,
  english: englishRouter,
  xp: xpRouter,
  audit: auditRouter,
  xel: xelRouter,
  learningSessions: learningSessionsRouter,
  adminStats: adminStatsRouter,
  integrations: integrationsRouter,
  searchAdmin: searchAdminRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
