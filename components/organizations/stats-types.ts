import type { AppRouter } from "@/server/trpc/root";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["adminStats"];
export type Member = Outputs["members"]["items"][number];
export type Sort = Outputs["members"]["sort"];

export const displayName = (m: Pick<Member, "full_name" | "username">) => m.full_name || m.username;
