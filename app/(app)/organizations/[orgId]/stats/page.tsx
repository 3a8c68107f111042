import { StatsPanel } from "@/components/organizations/stats-panel";

export const metadata = { title: "Statistics" };

export default async function StatsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return <StatsPanel orgId={orgId} />;
}
