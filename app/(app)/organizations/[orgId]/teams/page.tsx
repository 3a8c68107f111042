import { TeamsPanel } from "@/components/organizations/teams-panel";

export const metadata = { title: "Teams" };

export default async function TeamsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return <TeamsPanel orgId={orgId} />;
}
