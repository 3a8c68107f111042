import { ProfileForm } from "@/components/profile/profile-form";
import { SignInHistory } from "@/components/profile/sign-in-history";
import { PageHeader } from "@/components/ui/card";

export const metadata = { title: "Profile" };

export default function ProfilePage() {
  return (
    <>
      <PageHeader
        title="Profile"
        description="How Xentree addresses you, and in which language and time zone."
      />
      <ProfileForm />
      <SignInHistory />
    </>
  );
}
