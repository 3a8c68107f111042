/**
 * A small hand-written bar chart (no chart library: the page stays light). The bars are drawn in
 * an SVG that scales to its box; the figures are in the accessible name and in a list for screen
 * readers, so nothing is only a picture.
 */
export function BarChart({
  title,
  unit,
  days,
  testId,
}: {
  title: string;
  unit: string;
  days: readonly { date: string; value: number }[];
  testId?: string;
}) {
  const peakValue = Math.max(0, ...days.map((d) => d.value));
  const max = Math.max(1, peakValue);
  const total = days.reduce((sum, d) => sum + d.value, 0);
  const width = 300;
  const height = 96;
  const gap = days.length > 45 ? 0.5 : 1.5;
  const bar = width / Math.max(1, days.length);
  const first = days[0]?.date;
  const last = days.at(-1)?.date;
  const peak = days.reduce<(typeof days)[number] | null>(
    (best, d) => (d.value > (best?.value ?? 0) ? d : best),
    null,
  );
  const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  return (
    <figure className="flex min-w-0 flex-col gap-2" data-testid={testId}>
      <figcaption className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium">{title}</span>
        <span className="text-muted">
          {format(total)} {unit}
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        className="h-24 w-full rounded-md bg-surface"
        role="img"
        aria-label={`${title} per day from ${first} to ${last}: ${format(total)} ${unit} in all${
          peak ? `, most on ${peak.date} (${format(peak.value)})` : ""
        }`}
      >
        {days.map((d, i) => {
          const h = d.value === 0 ? 0 : Math.max(2, (d.value / max) * (height - 4));
          return (
            <rect
              key={d.date}
              x={i * bar + gap / 2}
              y={height - h}
              width={Math.max(0.5, bar - gap)}
              height={h}
              rx={Math.min(2, bar / 4)}
              className="fill-accent"
            >
              <title>{`${d.date}: ${format(d.value)} ${unit}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="flex justify-between text-xs text-muted" aria-hidden>
        <span>{first}</span>
        <span>
          max {format(peakValue)} {unit}
        </span>
        <span>{last}</span>
      </div>
    </figure>
  );
}
