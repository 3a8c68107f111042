import { Suspense } from "react";
import { CallbackToast } from "@/components/integrations/callback-toast";
import { GoogleCalendarCard } from "@/components/integrations/google-calendar-card";
import { IntegrationTokensPanel } from "@/components/integrations/integration-tokens-panel";
import { PageHeader } from "@/components/ui/card";
import { CALLBACK_PATH, googleSettings } from "@/server/integrations/google/config";
import { requestOrigin } from "@/server/platform/origin";

export const metadata = { title: "Integrations" };

export default async function IntegrationsPage() {
  // The redirect URI an operator registers with Google: configured, or this server's own.
  const redirectUri = googleSettings()?.redirectUri ?? `${await requestOrigin()}${CALLBACK_PATH}`;
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Integrations"
        description="Connect the tools you already use, and let partner sites embed Xentree."
      />
      <Suspense>
        <CallbackToast />
      </Suspense>
      <GoogleCalendarCard redirectUri={redirectUri} />
      <IntegrationTokensPanel />
    </div>
  );
}
