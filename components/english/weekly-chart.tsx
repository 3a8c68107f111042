import { BarChart } from "@/components/organizations/stats-chart";

/**
 * XP per day of this week: the small hand-written SVG bar chart the organization statistics use
 * (no chart library, so the dashboard stays light).
 */
export function WeeklyChart({ days }: { days: readonly { date: string; xp: number }[] }) {
  return (
    <BarChart
      title="XP earned"
      unit="XP"
      days={days.map((d) => ({ date: d.date, value: d.xp }))}
      testId="weekly-chart"
    />
  );
}
