"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { timeAgo } from "@/components/ui/format";

const REASONS: Record<string, string> = {
  invalid_credentials: "wrong password",
  rate_limited: "refused: too many attempts",
};

/** Where and when the account was signed in to, and the attempts that failed. */
export function SignInHistory() {
  const trpc = useTRPC();
  const history = useQuery(trpc.audit.mySignIns.queryOptions({ limit: 20 }));
  if (history.isPending) return <Card aria-busy="true" className="h-32 animate-pulse" />;
  if (history.isError) {
    return <Alert>Your sign-in history could not be loaded: {history.error.message}</Alert>;
  }
  return (
    <section aria-labelledby="sign-in-history" className="mt-10 flex flex-col gap-3">
      <h2 id="sign-in-history" className="text-lg font-semibold">
        Recent sign-ins
      </h2>
      <p className="text-sm text-muted">
        If you do not recognise an address or a failed attempt, change your password.
      </p>
      {history.data.items.length === 0 ? (
        <p className="text-sm text-muted">No sign-ins recorded yet.</p>
      ) : (
        <DataTable columns={["When", "Result", "Address", "Device"]} testId="sign-in-history">
          {history.data.items.map((event) => (
            <tr key={event.id}>
              <td className="px-4 py-3 whitespace-nowrap">
                <time
                  dateTime={event.created_at}
                  title={new Date(event.created_at).toLocaleString()}
                >
                  {timeAgo(event.created_at)}
                </time>
              </td>
              <td className="px-4 py-3">
                {event.result === "success" ? (
                  "Signed in"
                ) : (
                  <span className="text-danger">
                    Failed{event.reason ? ` (${REASONS[event.reason] ?? event.reason})` : ""}
                  </span>
                )}
              </td>
              <td className="px-4 py-3 font-mono text-xs">{event.ip_address ?? "unknown"}</td>
              <td
                className="max-w-64 truncate px-4 py-3 text-xs text-muted"
                title={event.user_agent ?? ""}
              >
                {event.user_agent ?? "unknown"}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
