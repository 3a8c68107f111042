"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DataList, type DataColumn } from "@/components/ui/data-list";
import { Time } from "@/components/ui/format-provider";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

const REASONS: Record<string, string> = {
  invalid_credentials: "wrong password",
  rate_limited: "refused: too many attempts",
};

type SignIn = inferRouterOutputs<AppRouter>["audit"]["mySignIns"]["items"][number];

const COLUMNS: DataColumn<SignIn>[] = [
  {
    header: "When",
    className: "whitespace-nowrap",
    cell: (event) => <Time iso={event.created_at} style="ago" />,
  },
  {
    header: "Result",
    cell: (event) =>
      event.result === "success" ? (
        "Signed in"
      ) : (
        <span className="text-danger">
          Failed{event.reason ? ` (${REASONS[event.reason] ?? event.reason})` : ""}
        </span>
      ),
  },
  {
    header: "Address",
    cell: (event) => <span className="font-mono text-xs">{event.ip_address ?? "unknown"}</span>,
  },
  {
    header: "Device",
    cell: (event) => (
      <span className="block max-w-64 truncate text-xs text-muted" title={event.user_agent ?? ""}>
        {event.user_agent ?? "unknown"}
      </span>
    ),
  },
];

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
        <DataList
          label="Recent sign-ins"
          items={history.data.items}
          columns={COLUMNS}
          getKey={(event) => event.id}
          testId="sign-in-history"
        />
      )}
    </section>
  );
}
