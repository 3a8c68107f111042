import { OrgIdParams } from "@/server/organizations/schemas";
import { authedProcedure, router } from "@/server/trpc/init";
import { listAuditEvents } from "./audit-log";
import { z } from "zod";
import { listMySignIns } from "./my-sign-ins";
import { AuditEventPage, AuditLogQuery, SignInEvent } from "./schemas";

export const auditRouter = router({
  list: authedProcedure
    .input(OrgIdParams.extend(AuditLogQuery.shape))
    .output(AuditEventPage)
    .query(({ ctx, input }) => listAuditEvents({ ctx, orgId: input.org_id, input })),
  mySignIns: authedProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(20) }))
    .output(z.object({ items: z.array(SignInEvent) }))
    .query(({ ctx, input }) => listMySignIns({ ctx, input })),
});
