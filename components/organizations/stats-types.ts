import type { AppRouter } from "@/server/trpc/root";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["adminStats"];
export type Engagement = Outputs["engagement"];
export type Member = Outputs["members"]["items"][number];
export type Sort = Outputs["members"]["sort"];
export type Range = { start_date: string; end_date: string };

export const displayName = (m: Pick<Member, "full_name" | "username">) => m.full_name || m.username;

const DAY_MS = 86_400_000;

/** [start, end) in UTC dates: the `days` days ending today. */
export function rangeOf(days: number): Range {
  const tomorrow = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS);
  const start = new Date(tomorrow.getTime() - days * DAY_MS);
  return {
    start_date: start.toISOString().slice(0, 10),
    end_date: tomorrow.toISOString().slice(0, 10),
  };
}
