import { PlatformAdminCard } from "@/components/profile/platform-admin-card";
import { ProfileForm } from "@/components/profile/profile-form";
import { SignInHistory } from "@/components/profile/sign-in-history";
import { PageHeader } from "@/components/ui/card";
import { getSignedInUser } from "@/server/auth/page-user";
import { pageUserIsPlatformAdmin } from "@/server/search-admin/platform-admin";

export const metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await getSignedInUser();
  const admin = user ? await pageUserIsPlatformAdmin(user.id) : false;
  return (
    <>
      <PageHeader
        title="Profile"
        description="How Xentree addresses you, and in which language and time zone."
      />
      <ProfileForm />
      <SignInHistory />
      {admin && <PlatformAdminCard />}
    </>
  );
}
