import { memberRefused, NOT_FOUND, notYours, type MatrixRow } from "./rows";

export type { Expect, MatrixRow } from "./rows";
import { conversationRows } from "./rows-conversations";
import { englishRows } from "./rows-english";
import { insightsRows } from "./rows-insights";
import { integrationRows } from "./rows-integrations";
import { knowledgeRows } from "./rows-knowledge";
import { liveRows } from "./rows-live";
import { organizationRows } from "./rows-organizations";

export const MATRIX: MatrixRow[] = [
  // Authentication
  {
    method: "POST",
    path: "/api/auth/register",
    auth: "none",
    needs: "nothing",
    request: () => ({}),
    stranger: "self",
  },
  {
    method: "POST",
    path: "/api/auth/login",
    auth: "none",
    needs: "nothing",
    request: () => ({}),
    stranger: "self",
  },
  {
    method: "POST",
    path: "/api/auth/refresh",
    auth: "none",
    needs: "a refresh token",
    request: () => ({}),
    stranger: "self",
  },
  {
    method: "POST",
    path: "/api/auth/logout",
    auth: "bearer",
    needs: "own session",
    request: () => ({ body: {} }),
    stranger: "self",
  },
  {
    method: "GET",
    path: "/api/auth/me",
    auth: "bearer",
    needs: "own profile",
    request: () => ({}),
    stranger: "self",
  },
  {
    method: "PATCH",
    path: "/api/auth/me",
    auth: "bearer",
    needs: "own profile",
    request: () => ({ body: { full_name: "Renamed" } }),
    stranger: "self",
  },
  ...conversationRows,
  ...knowledgeRows,
  ...liveRows,
  ...organizationRows,
  ...integrationRows,
  ...englishRows,
  ...insightsRows,
  // API keys
  {
    method: "GET",
    path: "/api/api-keys",
    auth: "bearer",
    needs: "own keys and those of organizations one administers",
    request: () => ({}),
    stranger: "own-data",
  },
  {
    method: "POST",
    path: "/api/api-keys",
    auth: "bearer",
    needs: "admin of the organization",
    request: (w) => ({
      body: { name: "k", organization_id: w.orgId, permissions: ["conversations:read"] },
    }),
    stranger: NOT_FOUND,
    lowerRole: memberRefused,
  },
  {
    method: "DELETE",
    path: "/api/api-keys/{key_id}",
    auth: "bearer",
    needs: "the key's creator or an admin of its organization",
    request: (w) => ({ params: { key_id: w.ids.key } }),
    stranger: NOT_FOUND,
    lowerRole: notYours,
  },
];
