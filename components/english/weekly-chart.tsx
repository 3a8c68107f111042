"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const DAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** XP per day of this week. Loaded on its own (recharts is large) by the dashboard. */
export default function WeeklyChart({ days }: { days: { date: string; xp: number }[] }) {
  const data = days.map((d, i) => ({ day: DAY[i] ?? d.date, xp: d.xp, date: d.date }));
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" vertical={false} />
        <XAxis dataKey="day" stroke="var(--color-muted)" fontSize={12} tickLine={false} />
        <YAxis allowDecimals={false} stroke="var(--color-muted)" fontSize={12} tickLine={false} />
        <Tooltip
          cursor={{ fill: "var(--color-surface)" }}
          contentStyle={{ background: "var(--color-bg)", border: "1px solid var(--color-border)" }}
          formatter={(value) => [`${value} XP`, "Earned"]}
          labelFormatter={(_label, payload) => payload?.[0]?.payload?.date ?? ""}
        />
        <Bar dataKey="xp" fill="var(--color-accent)" radius={[4, 4, 0, 0]} />
      </BarChart>
    </ResponsiveContainer>
  );
}
