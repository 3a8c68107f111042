import type { TrpcRow } from "./trpc-matrix";
import { FORBIDDEN, memberRefused, NOT_FOUND, notYours, type MatrixRow } from "./rows";
import type { AuthzWorld } from "./world";

// Learning sessions, learning time, search maintenance and organization statistics
// (docs/learning-time.md, docs/admin-stats.md). Sessions act on the caller's own conversation
// (another's is 404); search maintenance is for platform administrators (the world's owner is
// one, everyone else 403); statistics are for owners, admins and managers (members 403).
const conversation = (w: AuthzWorld) => ({ params: { conversation_id: w.ids.conversation } });
const org = (w: AuthzWorld) => ({ query: { org_id: w.orgId } });
const session = (step: string, method: "GET" | "POST" = "POST"): MatrixRow => ({
  method,
  path: `/api/core/conversations/{conversation_id}/session/${step}`,
  auth: method === "GET" ? "conversations:read" : "conversations:write",
  needs: "the conversation's owner",
  request: conversation,
  stranger: NOT_FOUND,
  lowerRole: notYours,
});

export const insightsRows: MatrixRow[] = [
  session("start"),
  session("activity"),
  session("end"),
  session("status", "GET"),
  {
    method: "GET",
    path: "/api/xp/learning-time",
    auth: "xel:read,quiz:read",
    needs: "own learning time",
    request: () => ({ query: { from: "2026-01-01", to: "2026-01-31" } }),
    stranger: "own-data",
  },
  {
    method: "GET",
    path: "/api/core/search/status",
    auth: "bearer",
    needs: "a platform administrator",
    request: () => ({}),
    stranger: FORBIDDEN,
    lowerRole: memberRefused,
  },
  {
    method: "POST",
    path: "/api/core/search/reindex",
    auth: "bearer",
    needs: "a platform administrator",
    request: () => ({}),
    stranger: FORBIDDEN,
    lowerRole: memberRefused,
  },
  {
    method: "GET",
    path: "/api/v1/admin/stats/engagement",
    auth: "organizations:read",
    needs: "owner, admin, or the team's manager",
    request: org,
    stranger: NOT_FOUND,
    lowerRole: memberRefused,
  },
  {
    method: "GET",
    path: "/api/v1/admin/stats/users/{user_id}",
    auth: "organizations:read",
    needs: "owner, admin, or the member's team manager",
    request: (w) => ({
      params: { user_id: w.users.member.profile.id },
      query: { org_id: w.orgId },
    }),
    stranger: NOT_FOUND,
    lowerRole: memberRefused,
  },
  {
    method: "GET",
    path: "/api/v1/admin/stats/progress/members",
    auth: "organizations:read",
    needs: "owner, admin, or the team's manager",
    request: org,
    stranger: NOT_FOUND,
    lowerRole: memberRefused,
  },
];

const own = { input: (w: AuthzWorld) => ({ conversation_id: w.ids.conversation }) };
const sessionRow: TrpcRow = {
  ...own,
  stranger: "NOT_FOUND",
  lowerRole: { as: "member", code: "NOT_FOUND" },
};
const statsRow = (input: TrpcRow["input"]): TrpcRow => ({
  input,
  stranger: "NOT_FOUND",
  lowerRole: { as: "member", code: "FORBIDDEN" },
});

export const insightsTrpcRows: Record<string, TrpcRow> = {
  "learningSessions.start": sessionRow,
  "learningSessions.activity": sessionRow,
  "learningSessions.end": sessionRow,
  "learningSessions.status": sessionRow,
  "learningSessions.learningTime": { input: () => ({}), stranger: "own-data" },
  "adminStats.engagement": statsRow((w) => ({ org_id: w.orgId })),
  "adminStats.member": statsRow((w) => ({ org_id: w.orgId, user_id: w.users.member.profile.id })),
  "adminStats.members": statsRow((w) => ({ org_id: w.orgId })),
  // Platform administrators only: every organization role is refused alike.
  "searchAdmin.status": {
    input: () => undefined,
    stranger: "FORBIDDEN",
    lowerRole: { as: "member", code: "FORBIDDEN" },
  },
  "searchAdmin.reindex": {
    input: () => undefined,
    stranger: "FORBIDDEN",
    lowerRole: { as: "member", code: "FORBIDDEN" },
  },
};
