import { MembersPanel } from "@/components/organizations/members-panel";
import { getSignedInUser } from "@/server/auth/page-user";

export const metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ orgId: string }> }) {
  const [{ orgId }, user] = await Promise.all([params, getSignedInUser()]);
  return <MembersPanel orgId={orgId} myUserId={user?.id ?? ""} />;
}
