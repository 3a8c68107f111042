import { z } from "zod";
import { ROLES } from "@/db/schema";

const Day = z.iso.date().meta({ example: "2026-04-16" });
const Timestamp = z.iso.datetime().meta({ example: "2026-04-16T10:00:03.000Z" });
const Int = z.number().int().min(0);
const Minutes = z.number().min(0).meta({ description: "Minutes, to one decimal" });

const Range = {
  start_date: Day.optional().meta({
    description: "First UTC date counted (default: 30 days before `end_date`)",
  }),
  end_date: Day.optional().meta({
    description:
      "The UTC date the range ends before, exclusive (default: tomorrow, so today counts)",
  }),
};

export const EngagementQuery = z.object({
  org_id: z.uuid("Not an organization id"),
  team_id: z
    .uuid("Not a team id")
    .optional()
    .meta({ description: "One team; a manager always sees their own team" }),
  ...Range,
});

export const UserStatsParams = z.object({ user_id: z.uuid("Not a user id") });
export const UserStatsQuery = z.object({ org_id: z.uuid("Not an organization id"), ...Range });

export const MEMBER_SORTS = [
  "name",
  "xp",
  "tasks_completed",
  "modules_completed",
  "evaluations",
  "live_minutes",
  "learning_minutes",
  "last_activity_at",
  "joined_at",
] as const;

export const MembersQuery = z.object({
  org_id: z.uuid("Not an organization id"),
  team_id: z.uuid("Not a team id").optional(),
  ...Range,
  sort: z.enum(MEMBER_SORTS).default("xp"),
  order: z.enum(["asc", "desc"]).default("desc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  q: z
    .string()
    .trim()
    .max(100, "Use at most 100 characters")
    .optional()
    .meta({ description: "Part of a name, username or email" }),
  format: z.enum(["json", "csv"]).default("json").meta({
    description:
      "`csv`: every matching member (not one page) as text/csv, sorted as asked; also chosen by `Accept: text/csv`",
  }),
});

export const Totals = z.object({
  active_members: Int.meta({ description: "Members with any learning activity in the range" }),
  xp: Int,
  tasks_submitted: Int.meta({ description: "Xentree English task answers sent" }),
  tasks_completed: Int.meta({ description: "Tasks completed for the first time" }),
  evaluations: Int.meta({ description: "Writing and speaking evaluations" }),
  live_minutes: Minutes,
  learning_minutes: Minutes.meta({ description: "Learning time in conversations" }),
});
export type Totals = z.infer<typeof Totals>;

export const DayFigures = Totals.extend({ date: Day });

const Scope = {
  org_id: z.uuid(),
  team_id: z
    .uuid()
    .nullable()
    .meta({ description: "The team counted; null: the whole organization" }),
  start_date: Day,
  end_date: Day.meta({ description: "Exclusive" }),
};

export const EngagementResponse = z
  .object({
    ...Scope,
    members: Int.meta({
      description: "Members counted (today's members of the organization or team)",
    }),
    totals: Totals,
    days: z.array(DayFigures).meta({ description: "Every date of the range, oldest first" }),
  })
  .meta({ id: "EngagementStatsResponse" });
export type EngagementResponse = z.infer<typeof EngagementResponse>;

export const MemberStats = z
  .object({
    user_id: z.uuid(),
    username: z.string(),
    full_name: z.string().nullable(),
    email: z.string(),
    role: z.enum(ROLES),
    team_id: z.uuid().nullable(),
    team_name: z.string().nullable(),
    joined_at: Timestamp,
    xp: Int,
    tasks_submitted: Int,
    tasks_completed: Int,
    modules_completed: Int.meta({ description: "Modules whose every task is completed, all time" }),
    evaluations: Int,
    live_minutes: Minutes,
    learning_minutes: Minutes,
    last_activity_at: Timestamp.nullable().meta({
      description: "Latest learning activity, all time",
    }),
  })
  .meta({ id: "MemberStats" });
export type MemberStats = z.infer<typeof MemberStats>;

export const MemberStatsPage = z
  .object({
    ...Scope,
    items: z.array(MemberStats),
    page: Int,
    limit: Int,
    total: Int.meta({ description: "Members matching `q`" }),
    sort: z.enum(MEMBER_SORTS),
    order: z.enum(["asc", "desc"]),
  })
  .meta({ id: "MemberStatsPage" });
export type MemberStatsPage = z.infer<typeof MemberStatsPage>;

export const UserStatsResponse = z
  .object({
    org_id: z.uuid(),
    start_date: Day,
    end_date: Day,
    member: MemberStats,
    days: z.array(DayFigures.omit({ active_members: true })),
  })
  .meta({ id: "UserStatsResponse" });
export type UserStatsResponse = z.infer<typeof UserStatsResponse>;
