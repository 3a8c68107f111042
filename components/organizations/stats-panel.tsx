"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { BarChart3, Download, Users } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataList, type DataColumn } from "@/components/ui/data-list";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/field";
import { Time } from "@/components/ui/format-provider";
import { BarChart } from "./stats-chart";
import { displayName, type Member, type Sort } from "./stats-types";
import { useOrganization } from "./use-organization";


const DAY_MS = 86_400_000;
const RANGES = [
  { value: "7", label: "Last 7 days" },
  { value: "30", label: "Last 30 days" },
  { value: "90", label: "Last 90 days" },
];
const SORTS: { value: Sort; label: string }[] = [
  { value: "xp", label: "XP" },
  { value: "tasks_completed", label: "Tasks completed" },
  { value: "modules_completed", label: "Modules completed" },
  { value: "evaluations", label: "Evaluations" },
  { value: "live_minutes", label: "Live minutes" },
  { value: "learning_minutes", label: "Conversation minutes" },
  { value: "last_activity_at", label: "Last activity" },
  { value: "name", label: "Name" },
];
const PAGE_SIZE = 20;

// A member's sheet (Radix Dialog and its focus handling) is fetched on the first click on a name.
const MemberSheet = dynamic(() => import("./stats-member-sheet").then((m) => m.MemberSheet), {
  ssr: false,
});

/** [start, end) in UTC dates: the `days` days ending today. */
function rangeOf(days: number) {
  const tomorrow = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS);
  const start = new Date(tomorrow.getTime() - days * DAY_MS);
  return {
    start_date: start.toISOString().slice(0, 10),
    end_date: tomorrow.toISOString().slice(0, 10),
  };
}

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card className="flex flex-col gap-1 p-4">
      <span className="text-xs font-medium text-muted">{label}</span>
      <span className="text-2xl font-semibold tabular-nums">{value}</span>
      {hint && <span className="text-xs text-muted">{hint}</span>}
    </Card>
  );
}

export function StatsPanel({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const { org, me } = useOrganization(orgId);
  const [days, setDays] = useState("30");
  const [teamId, setTeamId] = useState("");
  const [q, setQ] = useState("");
  const [sort, setSort] = useState<Sort>("xp");
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<Member | null>(null);
  const role = me.data?.role;
  const allowed = role !== undefined && role !== "member";
  const isManager = role === "manager";
  const range = rangeOf(Number(days));
  const scope = { org_id: orgId, team_id: teamId || undefined, ...range };

  const teams = useQuery({
    ...trpc.organizations.teams.list.queryOptions({ org_id: orgId, limit: 100 }),
    enabled: allowed && !isManager,
  });
  const engagement = useQuery({
    ...trpc.adminStats.engagement.queryOptions(scope),
    enabled: allowed,
    placeholderData: keepPreviousData,
  });
  const members = useQuery({
    ...trpc.adminStats.members.queryOptions({
      ...scope,
      q: q.trim() || undefined,
      sort,
      order: sort === "name" ? "asc" : "desc",
      page,
      limit: PAGE_SIZE,
    }),
    enabled: allowed,
    placeholderData: keepPreviousData,
  });

  if (me.isPending) return <Card aria-busy="true" className="h-40 animate-pulse" />;
  if (!allowed) {
    return (
      <Alert>Statistics are for the organization&rsquo;s owners, admins and team managers.</Alert>
    );
  }

  const e = engagement.data;
  const csv = new URLSearchParams({
    org_id: orgId,
    ...range,
    ...(teamId && { team_id: teamId }),
    ...(q.trim() && { q: q.trim() }),
    sort,
    order: sort === "name" ? "asc" : "desc",
    format: "csv",
  });
  const pages = members.data ? Math.max(1, Math.ceil(members.data.total / PAGE_SIZE)) : 1;

  const columns: DataColumn<Member>[] = [
    {
      header: "Member",
      cell: (m) => (
        <button
          type="button"
          className="text-left font-medium underline underline-offset-2 hover:text-accent"
          onClick={() => setOpen(m)}
          data-testid={`stats-member-${m.username}`}
        >
          {displayName(m)}
          <span className="block text-xs font-normal text-muted no-underline">{m.email}</span>
        </button>
      ),
    },
    { header: "Team", cell: (m) => m.team_name ?? "—" },
    { header: "XP", className: "tabular-nums", cell: (m) => m.xp },
    { header: "Tasks", className: "tabular-nums", cell: (m) => m.tasks_completed },
    { header: "Modules", className: "tabular-nums", cell: (m) => m.modules_completed },
    { header: "Live min", className: "tabular-nums", cell: (m) => m.live_minutes },
    {
      header: "Last activity",
      className: "whitespace-nowrap",
      cell: (m) => (m.last_activity_at ? <Time iso={m.last_activity_at} style="ago" /> : "Never"),
    },
  ];

  return (
    <div className="flex min-w-0 flex-col gap-6" data-testid="stats-panel">
      <p className="max-w-2xl text-sm text-muted">
        {isManager
          ? "How your team is learning: XP, Xentree English tasks, Live practice and evaluations."
          : `How ${org.data?.name ?? "the organization"} is learning: XP, Xentree English tasks, Live practice and evaluations.`}{" "}
        Days are UTC dates.
      </p>
      <form
        className="grid gap-3 sm:grid-cols-3"
        aria-label="Choose the statistics"
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          label="Period"
          options={RANGES}
          value={days}
          onChange={(event) => {
            setDays(event.target.value);
            setPage(1);
          }}
        />
        {isManager ? (
          <TextField label="Team" value="Your team" readOnly />
        ) : (
          <SelectField
            label="Team"
            options={[
              { value: "", label: "The whole organization" },
              ...(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name })),
            ]}
            value={teamId}
            onChange={(event) => {
              setTeamId(event.target.value);
              setPage(1);
            }}
          />
        )}
      </form>

      {engagement.isError ? (
        <Alert>The statistics could not be loaded: {engagement.error.message}</Alert>
      ) : !e ? (
        <Card aria-busy="true" className="h-40 animate-pulse" />
      ) : (
        <>
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-5" data-testid="stats-totals">
            <Figure
              label="Active members"
              value={`${e.totals.active_members} / ${e.members}`}
              hint="with any learning"
            />
            <Figure label="XP earned" value={String(e.totals.xp)} />
            <Figure
              label="Tasks completed"
              value={String(e.totals.tasks_completed)}
              hint={`${e.totals.tasks_submitted} answers`}
            />
            <Figure label="Live minutes" value={String(e.totals.live_minutes)} />
            <Figure label="Evaluations" value={String(e.totals.evaluations)} />
          </div>
          <Card className="grid gap-6 p-4 md:grid-cols-3">
            <BarChart
              title="Active members"
              unit="member-days"
              days={e.days.map((d) => ({ date: d.date, value: d.active_members }))}
              testId="chart-active"
            />
            <BarChart
              title="XP"
              unit="XP"
              days={e.days.map((d) => ({ date: d.date, value: d.xp }))}
              testId="chart-xp"
            />
            <BarChart
              title="Live and conversation time"
              unit="min"
              days={e.days.map((d) => ({
                date: d.date,
                value: Math.round((d.live_minutes + d.learning_minutes) * 10) / 10,
              }))}
              testId="chart-minutes"
            />
          </Card>
        </>
      )}

      <section className="flex min-w-0 flex-col gap-3" aria-labelledby="stats-members-heading">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="stats-members-heading" className="text-lg font-semibold">
            Members
          </h2>
          <Button asChild variant="secondary" size="sm">
            <a href={`/api/v1/admin/stats/progress/members?${csv.toString()}`} download>
              <Download className="size-4" aria-hidden />
              Download CSV
            </a>
          </Button>
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label="Find a member"
            type="search"
            placeholder="Name, username or email"
            value={q}
            onChange={(event) => {
              setQ(event.target.value);
              setPage(1);
            }}
          />
          <SelectField
            label="Sort by"
            options={SORTS}
            value={sort}
            onChange={(event) => {
              setSort(event.target.value as Sort);
              setPage(1);
            }}
          />
        </div>
        {members.isError ? (
          <Alert>The members could not be loaded: {members.error.message}</Alert>
        ) : !members.data ? (
          <Card aria-busy="true" className="h-40 animate-pulse" />
        ) : members.data.items.length === 0 ? (
          <EmptyState icon={q ? Users : BarChart3} title="No members to show">
            {q ? "Nobody matches this search." : "Nobody is counted here yet."}
          </EmptyState>
        ) : (
          <>
            <DataList
              label="Members' progress"
              items={members.data.items}
              columns={columns}
              getKey={(m) => m.user_id}
              testId="stats-members"
            />
            <nav className="flex items-center justify-between gap-3 text-sm" aria-label="Pages">
              <Button
                variant="secondary"
                size="sm"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                Previous
              </Button>
              <span className="text-muted">
                Page {page} of {pages} · {members.data.total} members
              </span>
              <Button
                variant="secondary"
                size="sm"
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                Next
              </Button>
            </nav>
          </>
        )}
      </section>
      {open && (
        <MemberSheet orgId={orgId} member={open} range={range} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
