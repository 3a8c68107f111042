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
import { displayName, type Member, type Range, type Sort } from "./stats-types";

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

/**
 * The members' progress over the chosen period and team: search, sort, pages, the CSV download
 * and each member's sheet. `choice` names the period and team: when it changes, back to page 1.
 */
export function StatsMembers({
  orgId,
  teamId,
  range,
  choice,
}: {
  orgId: string;
  teamId: string;
  range: Range;
  choice: string;
}) {
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const [sort, setSort] = useState<Sort>("xp");
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<Member | null>(null);
  const [shownChoice, setShownChoice] = useState(choice);
  if (choice !== shownChoice) {
    setShownChoice(choice);
    setPage(1);
  }
  const members = useQuery({
    ...trpc.adminStats.members.queryOptions({
      org_id: orgId,
      team_id: teamId || undefined,
      ...range,
      q: q.trim() || undefined,
      sort,
      order: sort === "name" ? "asc" : "desc",
      page,
      limit: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
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
    <>
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
    </>
  );
}
