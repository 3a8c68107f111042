import { BookOpenText, Building2, MessagesSquare, UserRound } from "lucide-react";
import Link from "next/link";
import { UpcomingEvents } from "@/components/integrations/upcoming-events";
import { Card, PageHeader } from "@/components/ui/card";
import { getSignedInUser } from "@/server/auth/page-user";
import { requestOrigin } from "@/server/platform/origin";

export const metadata = { title: "Home" };

export default async function HomePage() {
  const user = await getSignedInUser();
  const name = user?.full_name || user?.username || "";
  // The sample names this server, so it runs as shown in a terminal.
  const origin = await requestOrigin();
  return (
    <>
      <PageHeader
        title={`Welcome, ${name}`}
        description="Your account is ready. Here is what you can do today."
      />
      <div className="grid gap-4 sm:grid-cols-2 [&>*]:min-w-0">
        <Card>
          <MessagesSquare className="mb-3 size-5 text-accent" aria-hidden />
          <h2 className="font-semibold">Chat</h2>
          <p className="mt-1 text-sm text-muted">
            Ask questions, keep notes beside the conversation, and find anything again with search.
          </p>
          <Link
            href="/chat"
            className="mt-4 inline-block text-sm font-medium text-accent hover:underline"
          >
            Start a conversation
          </Link>
        </Card>
        <Card>
          <Building2 className="mb-3 size-5 text-accent" aria-hidden />
          <h2 className="font-semibold">Organizations</h2>
          <p className="mt-1 text-sm text-muted">
            Bring your people together with roles, teams and API keys.
          </p>
          <Link
            href="/organizations"
            className="mt-4 inline-block text-sm font-medium text-accent hover:underline"
          >
            Your organizations
          </Link>
        </Card>
        <UpcomingEvents />
        <Card>
          <UserRound className="mb-3 size-5 text-accent" aria-hidden />
          <h2 className="font-semibold">Your profile</h2>
          <p className="mt-1 text-sm text-muted">Set your name, language and time zone.</p>
          <Link
            href="/settings/profile"
            className="mt-4 inline-block text-sm font-medium text-accent hover:underline"
          >
            Edit profile
          </Link>
        </Card>
        <Card>
          <BookOpenText className="mb-3 size-5 text-accent" aria-hidden />
          <h2 className="font-semibold">Use the REST API</h2>
          <p className="mt-1 text-sm text-muted">
            Sign in with the same account over HTTP and call the API from your own tools.
          </p>
          <pre
            data-testid="rest-sample"
            className="mt-3 rounded-md bg-surface p-3 font-mono text-xs break-all whitespace-pre-wrap"
          >
            {`curl -X POST ${origin}/api/auth/login \\\n  -d username=${user?.username ?? "you"} \\\n  --data-urlencode 'password=YOUR PASSWORD'`}
          </pre>
          <Link
            href="/docs/api"
            className="mt-4 inline-block text-sm font-medium text-accent hover:underline"
          >
            Open the API reference
          </Link>
        </Card>
      </div>
    </>
  );
}
