"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { StatsMembers } from "./stats-members";
import { StatsOverview } from "./stats-overview";
import { rangeOf } from "./stats-types";
import { useOrganization } from "./use-organization";

const RANGES = [
  { value: "7", label: "Last 7 days" },
  { value: "30", label: "Last 30 days" },
  { value: "90", label: "Last 90 days" },
];

/** An organization's learning statistics: the period and team, the totals, the members. */
export function StatsPanel({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const { org, me } = useOrganization(orgId);
  const [days, setDays] = useState("30");
  const [teamId, setTeamId] = useState("");
  const role = me.data?.role;
  const allowed = role !== undefined && role !== "member";
  const isManager = role === "manager";
  const range = rangeOf(Number(days));

  const teams = useQuery({
    ...trpc.organizations.teams.list.queryOptions({ org_id: orgId, limit: 100 }),
    enabled: allowed && !isManager,
  });
  const engagement = useQuery({
    ...trpc.adminStats.engagement.queryOptions({
      org_id: orgId,
      team_id: teamId || undefined,
      ...range,
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
          onChange={(event) => setDays(event.target.value)}
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
            onChange={(event) => setTeamId(event.target.value)}
          />
        )}
      </form>
      <StatsOverview engagement={engagement} />
      <StatsMembers orgId={orgId} teamId={teamId} range={range} choice={`${days}:${teamId}`} />
    </div>
  );
}
