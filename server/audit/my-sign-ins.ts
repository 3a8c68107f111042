import { and, desc, eq, isNull } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import type { SignInEvent } from "./schemas";

/** The caller's own recent sign-ins and failed attempts, newest first (the profile page's list). */
export async function listMySignIns({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: { limit: number };
}): Promise<{ items: SignInEvent[] }> {
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorUserId, ctx.actor.userId),
        eq(auditEvents.action, "auth.sign_in"),
        isNull(auditEvents.organizationId),
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(input.limit);
  return {
    items: rows.map((r) => ({
      id: r.id,
      result: r.result,
      created_at: r.createdAt.toISOString(),
      ip_address: r.ipAddress,
      user_agent: r.userAgent,
      reason: typeof r.details.reason === "string" ? r.details.reason : null,
    })),
  };
}
