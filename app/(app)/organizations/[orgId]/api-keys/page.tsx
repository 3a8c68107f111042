import { ApiKeysPanel } from "@/components/api-keys/api-keys-panel";
import { getSignedInUser } from "@/server/auth/page-user";

export const metadata = { title: "API keys" };

export default async function ApiKeysPage({ params }: { params: Promise<{ orgId: string }> }) {
  const [{ orgId }, user] = await Promise.all([params, getSignedInUser()]);
  return <ApiKeysPanel orgId={orgId} myUserId={user?.id ?? ""} />;
}
