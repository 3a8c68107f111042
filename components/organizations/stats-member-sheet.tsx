"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/format-provider";
import { Sheet } from "@/components/ui/sheet";
import { BarChart } from "./stats-chart";
import { displayName, type Member, type Range } from "./stats-types";

/** One member's figures and daily charts over the chosen period, in a sheet. */
export function MemberSheet({
  orgId,
  member,
  range,
  onClose,
}: {
  orgId: string;
  member: Member;
  range: Range;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const detail = useQuery(
    trpc.adminStats.member.queryOptions({ org_id: orgId, user_id: member.user_id, ...range }),
  );
  const d = detail.data;
  return (
    <Sheet
      open
      onOpenChange={(next) => !next && onClose()}
      title={displayName(member)}
      description={`${member.email} · ${member.team_name ?? "No team"}`}
      testId="stats-member-sheet"
    >
      {detail.isError ? (
        <Alert>This member&rsquo;s figures could not be loaded: {detail.error.message}</Alert>
      ) : !d ? (
        <Card aria-busy="true" className="h-40 animate-pulse" />
      ) : (
        <div className="flex flex-col gap-5">
          <dl className="grid grid-cols-2 gap-3 text-sm">
            {(
              [
                ["XP", d.member.xp],
                ["Tasks completed", d.member.tasks_completed],
                ["Modules completed", d.member.modules_completed],
                ["Evaluations", d.member.evaluations],
                ["Live minutes", d.member.live_minutes],
                ["Conversation minutes", d.member.learning_minutes],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="rounded-md bg-surface p-3">
                <dt className="text-xs text-muted">{label}</dt>
                <dd className="text-lg font-semibold tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-muted">
            Last activity:{" "}
            {d.member.last_activity_at ? (
              <Time iso={d.member.last_activity_at} style="dateTime" />
            ) : (
              "never"
            )}
          </p>
          <BarChart
            title="XP"
            unit="XP"
            days={d.days.map((day) => ({ date: day.date, value: day.xp }))}
            testId="member-chart-xp"
          />
          <BarChart
            title="Live and conversation time"
            unit="min"
            days={d.days.map((day) => ({
              date: day.date,
              value: Math.round((day.live_minutes + day.learning_minutes) * 10) / 10,
            }))}
          />
        </div>
      )}
    </Sheet>
  );
}
