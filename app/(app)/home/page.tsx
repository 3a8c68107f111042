import { BookOpenText, UserRound } from "lucide-react";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { getSignedInUser } from "@/server/auth/page-user";

export const metadata = { title: "Home" };

export default async function HomePage() {
  const user = await getSignedInUser();
  const name = user?.full_name || user?.username || "";
  return (
    <>
      <PageHeader
        title={`Welcome, ${name}`}
        description="Your account is ready. Here is what you can do today."
      />
      <div className="grid gap-4 sm:grid-cols-2 [&>*]:min-w-0">
        <Card>
          <UserRound className="text-accent mb-3 size-5" aria-hidden />
          <h2 className="font-semibold">Your profile</h2>
          <p className="text-muted mt-1 text-sm">Set your name, language and time zone.</p>
          <Link
            href="/settings/profile"
            className="text-accent mt-4 inline-block text-sm font-medium hover:underline"
          >
            Edit profile
          </Link>
        </Card>
        <Card>
          <BookOpenText className="text-accent mb-3 size-5" aria-hidden />
          <h2 className="font-semibold">Use the REST API</h2>
          <p className="text-muted mt-1 text-sm">
            Sign in with the same account over HTTP and call the API from your own tools.
          </p>
          <pre className="bg-surface mt-3 overflow-x-auto rounded-md p-3 font-mono text-xs">
            {`curl -X POST /api/auth/login \\\n  -d username=${user?.username ?? "you"} -d password=…`}
          </pre>
          <Link
            href="/docs/api"
            className="text-accent mt-4 inline-block text-sm font-medium hover:underline"
          >
            Open the API reference
          </Link>
        </Card>
      </div>
    </>
  );
}
