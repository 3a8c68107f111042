"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { ScrollText } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { DataList, type DataColumn } from "@/components/ui/data-list";
import { SelectField, TextField } from "@/components/ui/field";
import { Time } from "@/components/ui/format-provider";
import { useOrganization } from "./use-organization";

const ACTION_LABELS = {
  "auth.sign_in": "Signed in",
  "api_key.created": "Created an API key",
  "api_key.revoked": "Revoked an API key",
  "member.added": "Added a member",
  "member.role_changed": "Changed a role",
  "member.removed": "Removed a member",
  "organization.deleted": "Deleted the organization",
  "integration.connected": "Connected an integration",
  "integration.updated": "Changed an integration",
  "integration.disconnected": "Disconnected an integration",
} as const;
type Action = keyof typeof ACTION_LABELS;

const ACTION_OPTIONS = [
  { value: "", label: "All actions" },
  ...Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label })),
];
const RESULT_OPTIONS = [
  { value: "", label: "Any result" },
  { value: "success", label: "Succeeded" },
  { value: "failure", label: "Failed" },
];

type Event = {
  id: string;
  action: Action;
  result: "success" | "failure";
  created_at: string;
  actor_username: string | null;
  api_key_id: string | null;
  target_type: string | null;
  target_username: string | null;
  ip_address: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
};

/** What the event was about, in words: the member, the key, the role change. */
function describe(event: Event): string {
  const d = event.details;
  const parts: string[] = [];
  if (event.target_username) parts.push(event.target_username);
  if (typeof d.name === "string") parts.push(`“${d.name}”`);
  if (typeof d.prefix === "string") parts.push(`${d.prefix}…`);
  if (typeof d.from === "string" && typeof d.to === "string") parts.push(`${d.from} → ${d.to}`);
  else if (typeof d.role === "string") parts.push(`as ${d.role}`);
  if (typeof d.provider === "string") parts.push(d.provider);
  if (d.left === true) parts.push("(left)");
  if (typeof d.moved_to === "string") parts.push("(moved to another organization)");
  return parts.join(" ");
}

const COLUMNS: DataColumn<Event>[] = [
  {
    header: "When",
    className: "whitespace-nowrap",
    cell: (event) => <Time iso={event.created_at} style="dateTime" />,
  },
  {
    header: "Who",
    cell: (event) => (
      <>
        {event.actor_username ?? "A former user"}
        {event.api_key_id && <span className="block text-xs text-muted">with an API key</span>}
      </>
    ),
  },
  {
    header: "What",
    cell: (event) => (
      <>
        {ACTION_LABELS[event.action] ?? event.action}
        {event.result === "failure" && (
          <Badge tone="danger" className="ml-2">
            failed
          </Badge>
        )}
      </>
    ),
  },
  { header: "Details", cell: (event) => describe(event) },
  {
    header: "From",
    cell: (event) => (
      <span className="text-xs text-muted">
        <span className="block font-mono">{event.ip_address ?? "unknown address"}</span>
        {event.user_agent && (
          <span className="block max-w-48 truncate" title={event.user_agent}>
            {event.user_agent}
          </span>
        )}
      </span>
    ),
  },
];

/** Start of the day in local time, as the API's ISO timestamp; "" for no limit. */
function dayStart(date: string, plusDays = 0): string | undefined {
  if (!date) return undefined;
  const d = new Date(`${date}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
}

export function AuditLogPanel({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const { me } = useOrganization(orgId);
  const [action, setAction] = useState("");
  const [result, setResult] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const allowed = me.data?.permissions["audit_log.read"] ?? false;
  const events = useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions(
      {
        org_id: orgId,
        limit: 50,
        action: (action || undefined) as Action | undefined,
        result: (result || undefined) as Event["result"] | undefined,
        since: dayStart(from),
        until: dayStart(to, 1),
      },
      { getNextPageParam: (page) => page.next_cursor ?? undefined },
    ),
    enabled: allowed,
  });

  if (me.isPending) return <Card aria-busy="true" className="h-40 animate-pulse" />;
  if (!allowed) {
    return <Alert>Only the organization&rsquo;s admins and owners can read its audit log.</Alert>;
  }
  const items = (events.data?.pages.flatMap((p) => p.items) ?? []) as Event[];

  return (
    <div className="flex min-w-0 flex-col gap-6">
      <p className="max-w-xl text-sm text-muted">
        Who changed keys, members and roles in this organization, when, and from where.
      </p>
      <form
        className="grid gap-3 sm:grid-cols-4"
        aria-label="Filter the audit log"
        data-testid="audit-filters"
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label="Action"
          options={ACTION_OPTIONS}
          value={action}
          onChange={(e) => setAction(e.target.value)}
        />
        <SelectField
          label="Result"
          options={RESULT_OPTIONS}
          value={result}
          onChange={(e) => setResult(e.target.value)}
        />
        <TextField
          label="From"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField label="To" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </form>
      {events.isError ? (
        <Alert>The audit log could not be loaded: {events.error.message}</Alert>
      ) : events.isPending ? (
        <Card aria-busy="true" className="h-40 animate-pulse" />
      ) : items.length === 0 ? (
        <Card
          className="flex flex-col items-center gap-2 py-10 text-center"
          data-testid="audit-empty"
        >
          <ScrollText className="size-8 text-muted" aria-hidden />
          <h2 className="font-semibold">Nothing recorded</h2>
          <p className="max-w-sm text-sm text-muted">No events match these filters.</p>
        </Card>
      ) : (
        <>
          <DataList
            label="Audit events"
            items={items}
            columns={COLUMNS}
            getKey={(event) => event.id}
            testId="audit-table"
            rowTestId={(event) => `audit-${event.action}`}
          />
          {events.hasNextPage && (
            <Button
              variant="secondary"
              className="self-center"
              disabled={events.isFetchingNextPage}
              onClick={() => void events.fetchNextPage()}
            >
              {events.isFetchingNextPage ? "Loading…" : "Show older events"}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
