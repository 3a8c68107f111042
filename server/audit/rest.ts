import { defineOperation } from "@/server/http/operation";
import { OrgIdParams } from "@/server/organizations/schemas";
import { listAuditEvents } from "./audit-log";
import { AuditEventPage, AuditLogQuery } from "./schemas";

export const auditOperations = [
  defineOperation({
    operationId: "listAuditEvents",
    method: "GET",
    path: "/api/organizations/{org_id}/audit-log",
    tag: "Organizations",
    summary: "An organization's audit log (admin or owner)",
    description:
      "Key creation and revocation, members added, role changes, removals, the organization's " +
      "deletion and integration changes, newest first. Filter by action, actor, result and time.",
    auth: { scope: "organizations:read" },
    params: OrgIdParams,
    query: AuditLogQuery,
    response: { status: 200, description: "Audit events, newest first", schema: AuditEventPage },
    errors: ["forbidden", "not_found"],
    handler: ({ ctx, params, query }) =>
      listAuditEvents({ ctx, orgId: params.org_id, input: query }),
  }),
];
