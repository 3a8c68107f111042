import { notFound } from "next/navigation";
import { SearchMaintenance } from "@/components/search-admin/search-maintenance";
import { PageHeader } from "@/components/ui/card";
import { getSignedInUser } from "@/server/auth/page-user";
import { pageUserIsPlatformAdmin } from "@/server/search-admin/platform-admin";

export const metadata = { title: "Search index" };

/** Platform administrators only; to anyone else the page does not exist. */
export default async function SearchAdminPage() {
  const user = await getSignedInUser();
  if (!user || !(await pageUserIsPlatformAdmin(user.id))) notFound();
  return (
    <>
      <PageHeader
        title="Search index"
        description="What the installation's search holds, the work still pending, and a rebuild of the knowledge index."
      />
      <SearchMaintenance />
    </>
  );
}
