import type { ReactNode } from "react";
import { OrganizationHeader } from "@/components/organizations/organization-header";

export default async function OrganizationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ orgId: string }>;
}) {
  const { orgId } = await params;
  return (
    <>
      <OrganizationHeader orgId={orgId} />
      {children}
    </>
  );
}
