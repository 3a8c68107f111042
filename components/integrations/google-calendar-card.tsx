"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CalendarDays, RefreshCw } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Time } from "@/components/ui/format-provider";
import { SkeletonCard } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { startGoogleCalendarConnect } from "./connect";

const SCOPE_LABELS: Record<string, string> = {
  openid: "Sign-in identity",
  email: "Your Google email address",
  "https://www.googleapis.com/auth/calendar.events": "Read and add calendar events",
};

const STATUS = {
  active: { tone: "accent", label: "Connected" },
  error: { tone: "danger", label: "Needs reconnecting" },
  revoked: { tone: "muted", label: "Revoked" },
} as const;

/** Google Calendar: connect, its status, account and scopes, disconnect, and reconnect on error. */
export function GoogleCalendarCard({ redirectUri }: { redirectUri: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.integrations.list.queryOptions());
  const disconnect = useMutation(trpc.integrations.disconnectGoogleCalendar.mutationOptions());
  const [connecting, setConnecting] = useState(false);

  async function connect() {
    setConnecting(true);
    try {
      await startGoogleCalendarConnect();
    } catch (error) {
      setConnecting(false);
      toast.failure("Could not connect Google Calendar", error);
    }
  }

  if (list.isPending) return <SkeletonCard />;
  if (list.isError) return <Alert>Integrations could not be loaded: {list.error.message}</Alert>;
  const connection = list.data.items.find((i) => i.provider === "google_calendar");
  const status = connection ? STATUS[connection.status] : null;

  return (
    <Card data-testid="google-calendar-card">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 items-start gap-3">
          <span className="grid size-10 shrink-0 place-items-center rounded-full bg-accent-soft">
            <CalendarDays className="size-5 text-accent" aria-hidden />
          </span>
          <div className="min-w-0">
            <h2 className="font-semibold">Google Calendar</h2>
            <p className="mt-1 text-sm text-muted">
              See your next events on the home page, and put Live sessions and English modules into
              your calendar.
            </p>
          </div>
        </div>
        {status && (
          <Badge tone={status.tone} testId="google-calendar-status">
            {status.label}
          </Badge>
        )}
      </div>

      {!list.data.google_configured && !connection ? (
        <div className="mt-4 text-sm" data-testid="google-calendar-not-configured">
          <p className="font-medium">Not available on this server yet.</p>
          <p className="mt-1 text-muted">
            An operator enables it by creating an OAuth client in the Google Cloud console, setting
            <code className="mx-1 font-mono text-xs">GOOGLE_CLIENT_ID</code>and
            <code className="mx-1 font-mono text-xs">GOOGLE_CLIENT_SECRET</code>
            on the server, and registering this redirect URI:
          </p>
          <code className="mt-2 block rounded-md bg-surface p-2 font-mono text-xs break-all">
            {redirectUri}
          </code>
        </div>
      ) : connection ? (
        <div className="mt-4 flex flex-col gap-3">
          {connection.status !== "active" && (
            <Alert data-testid="google-calendar-error">
              {connection.error_message ?? "Google no longer accepts this connection."}
            </Alert>
          )}
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-muted">Account</dt>
            <dd data-testid="google-calendar-account" className="break-all">
              {connection.account_email ?? "Unknown account"}
            </dd>
            <dt className="text-muted">Access</dt>
            <dd>
              <ul className="flex flex-wrap gap-1" data-testid="google-calendar-scopes">
                {connection.scopes.map((s) => (
                  <li key={s}>
                    <Badge tone="muted">{SCOPE_LABELS[s] ?? s}</Badge>
                  </li>
                ))}
              </ul>
            </dd>
            <dt className="text-muted">Connected</dt>
            <dd>
              <Time iso={connection.connected_at} style="dateTime" />
            </dd>
            <dt className="text-muted">Last synced</dt>
            <dd>
              {connection.last_synced_at ? (
                <Time iso={connection.last_synced_at} style="ago" />
              ) : (
                "Not yet"
              )}
            </dd>
          </dl>
          <div className="flex flex-wrap gap-2">
            {connection.status !== "active" && (
              <Button
                onClick={connect}
                pending={connecting}
                data-testid="google-calendar-reconnect"
              >
                <RefreshCw className="size-4" aria-hidden /> Reconnect
              </Button>
            )}
            <ConfirmButton
              label="Disconnect"
              title="Disconnect Google Calendar?"
              description="Xentree will stop seeing your events and cannot add study sessions until you connect again. Access is revoked at Google; events already added stay in your calendar."
              confirmLabel="Disconnect"
              testId="google-calendar-disconnect"
              onConfirm={async () => {
                await disconnect.mutateAsync();
                await queryClient.invalidateQueries({ queryKey: trpc.integrations.pathKey() });
                toast.success("Google Calendar disconnected");
              }}
            />
          </div>
        </div>
      ) : (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Button onClick={connect} pending={connecting} data-testid="google-calendar-connect">
            Connect Google Calendar
          </Button>
          <p className="text-xs text-muted">
            You will be asked at Google to allow access to your calendar events.
          </p>
        </div>
      )}
    </Card>
  );
}
