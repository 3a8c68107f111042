import { defineOperation } from "@/server/http/operation";
import {
  EngagementQuery,
  EngagementResponse,
  MembersQuery,
  MemberStatsPage,
  UserStatsParams,
  UserStatsQuery,
  UserStatsResponse,
} from "./schemas";
import { membersCsv } from "./csv";
import { getEngagement, getUserStats, listMemberStats } from "./stats";

const tag = "Organization statistics";
const read = { scope: "organizations:read" } as const;
const WHO =
  "Owners and admins see the organization or any of its teams; a team manager sees only their " +
  "own team (another team is `403 forbidden`); members get `403 forbidden`; non-members `404`.";
const DATES =
  "`start_date` and `end_date` are UTC dates, `end_date` exclusive (default: the 30 days " +
  "ending today); at most 366 days.";

export const adminStatsOperations = [
  defineOperation({
    operationId: "getEngagementStats",
    method: "GET",
    path: "/api/v1/admin/stats/engagement",
    tag,
    summary: "Engagement of an organization or team, per day",
    description:
      `${WHO} ${DATES} Figures count today's members' activity: a member is active on a date ` +
      "with any XP, task answer, evaluation, Live session, conversation session or chat message. " +
      "Sessions count on the date they started.",
    auth: read,
    query: EngagementQuery,
    response: { status: 200, description: "Engagement", schema: EngagementResponse },
    errors: ["not_found", "forbidden"],
    handler: ({ ctx, query }) => getEngagement({ ctx, input: query }),
  }),
  defineOperation({
    operationId: "getMemberStats",
    method: "GET",
    path: "/api/v1/admin/stats/users/{user_id}",
    tag,
    summary: "One member's figures and days",
    description: `${WHO} ${DATES} A user who is not a member of \`org_id\` is \`404\`.`,
    auth: read,
    params: UserStatsParams,
    query: UserStatsQuery,
    response: { status: 200, description: "The member", schema: UserStatsResponse },
    errors: ["not_found", "forbidden"],
    handler: ({ ctx, params, query }) =>
      getUserStats({ ctx, userId: params.user_id, input: query }),
  }),
  defineOperation({
    operationId: "listMemberProgress",
    method: "GET",
    path: "/api/v1/admin/stats/progress/members",
    tag,
    summary: "Members' progress, sorted and paged, or as CSV",
    description:
      `${WHO} ${DATES} \`q\` matches part of a name, username or email. Ties sort by ` +
      "username. `format=csv` (or `Accept: text/csv`) answers every matching member, not one " +
      "page, as `text/csv` (RFC 4180, a header row, at most 10,000 rows) with " +
      "`Content-Disposition: attachment`.",
    auth: read,
    query: MembersQuery,
    response: { status: 200, description: "A page of members", schema: MemberStatsPage },
    errors: ["not_found", "forbidden"],
    handler: async ({ ctx, query, request }) => {
      const csv =
        query.format === "csv" ||
        (request.headers.get("accept") ?? "").toLowerCase().startsWith("text/csv");
      if (!csv) return listMemberStats({ ctx, input: query });
      const page = await listMemberStats({ ctx, input: query, all: true });
      return new Response(membersCsv(page), {
        status: 200,
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="members-${page.start_date}-${page.end_date}.csv"`,
          "cache-control": "no-store",
        },
      });
    },
  }),
];
