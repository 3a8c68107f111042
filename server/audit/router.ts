import { OrgIdParams } from "@/server/organizations/schemas";
import { authedProcedure, router } from "@/server/trpc/init";
import { listAuditEvents } from "./audit-log";
import { AuditEventPage, AuditLogQuery } from "./schemas";

export const auditRouter = router({
  list: authedProcedure
    .input(OrgIdParams.extend(AuditLogQuery.shape))
    .output(AuditEventPage)
    .query(({ ctx, input }) => listAuditEvents({ ctx, orgId: input.org_id, input })),
});
