import { CreateOrganizationButton } from "@/components/organizations/create-organization";
import { OrganizationList } from "@/components/organizations/organization-list";
import { PageHeader } from "@/components/ui/card";

export const metadata = { title: "Organizations" };

export default function OrganizationsPage() {
  return (
    <>
      <PageHeader
        title="Organizations"
        description="The organizations you belong to, and your role in each."
        actions={<CreateOrganizationButton />}
      />
      <OrganizationList />
    </>
  );
}
