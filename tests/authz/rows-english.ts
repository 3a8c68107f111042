import { managerRefused, NOT_FOUND, notYours, type MatrixRow } from "./rows";
import { ESSAY } from "./world-groups";

// Xentree English, XP and the audit log (see matrix.ts, docs/english.md, api-notes.md). The
// course is the same for everyone and progress is personal, so a stranger gets their own; reads
// accept xel:read or quiz:read, submissions xel:write or quiz:write.
const read = "xel:read,quiz:read" as const;

export const englishRows: MatrixRow[] = [
  {
    method: "GET",
    path: "/api/xel/modules",
    auth: read,
    needs: "own progress",
    request: () => ({}),
    stranger: "own-data",
  },
  {
    method: "GET",
    path: "/api/xel/modules/{module_id}",
    auth: read,
    needs: "own progress",
    request: (w) => ({ params: { module_id: w.course.module } }),
    stranger: "own-data",
  },
  {
    method: "POST",
    path: "/api/xel/tasks/{task_id}/submit",
    auth: "xel:write,quiz:write",
    needs: "own progress",
    request: (w) => ({ params: { task_id: w.course.task }, body: { response: w.course.response } }),
    stranger: "self",
  },
  {
    method: "GET",
    path: "/api/xel/dashboard",
    auth: read,
    needs: "own progress",
    request: () => ({}),
    stranger: "own-data",
  },
  ...["profile", "streak-status", "weekly-activity", "learning-pulse", "daily-quests"].map(
    (name): MatrixRow => ({
      method: "GET",
      path: `/api/xp/${name}`,
      auth: read,
      needs: "own progress",
      request: () => ({}),
      stranger: "own-data",
    }),
  ),
  {
    method: "GET",
    path: "/api/xp/public-profile/{username}",
    auth: "none",
    needs: "nothing (public)",
    request: (w) => ({ params: { username: w.owner.profile.username } }),
    stranger: "self",
  },
  // The evaluator: an evaluation is its author's alone.
  {
    method: "POST",
    path: "/api/xel/evaluate",
    auth: "xel:write",
    needs: "any caller (evaluates their own text)",
    request: () => ({ body: { skill: "writing", text: ESSAY } }),
    stranger: "self",
  },
  {
    method: "GET",
    path: "/api/xel/evaluations",
    auth: "xel:read",
    needs: "own evaluations",
    request: () => ({}),
    stranger: "own-data",
  },
  {
    method: "GET",
    path: "/api/xel/evaluations/{evaluation_id}",
    auth: "xel:read",
    needs: "the evaluation's author",
    request: (w) => ({ params: { evaluation_id: w.ids.evaluation } }),
    stranger: NOT_FOUND,
    lowerRole: notYours,
  },
  {
    method: "GET",
    path: "/api/organizations/{org_id}/audit-log",
    auth: "organizations:read",
    needs: "an admin or owner of the organization",
    request: (w) => ({ params: { org_id: w.orgId } }),
    stranger: NOT_FOUND,
    lowerRole: managerRefused,
  },
];
