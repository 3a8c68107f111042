import { OrganizationSettings } from "@/components/organizations/organization-settings";

export const metadata = { title: "Organization settings" };

export default async function OrganizationSettingsPage({
  params,
}: {
  params: Promise<{ orgId: string }>;
}) {
  const { orgId } = await params;
  return <OrganizationSettings orgId={orgId} />;
}
