import { AuditLogPanel } from "@/components/organizations/audit-log-panel";

export const metadata = { title: "Audit log" };

export default async function AuditLogPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return <AuditLogPanel orgId={orgId} />;
}
