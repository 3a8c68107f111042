// The suite's figures: each one recorded as it is measured (and printed at once), then all of them
// printed as one table at the end.
export type Row = { figure: string; value: string; target: string; met: string; command: string };

export const rows: Row[] = [];

export function record(
  figure: string,
  value: string,
  target = "",
  met: boolean | null = null,
  command = "npm run bench",
) {
  rows.push({ figure, value, target, met: met === null ? "" : met ? "yes" : "NO", command });
  console.log(`  ${figure}: ${value}${target ? ` (target ${target})` : ""}`);
}

/** The table of every recorded figure: figure, value, target, met?, and the command. */
export function printTable() {
  const head: Row = {
    figure: "Figure",
    value: "Value",
    target: "Target",
    met: "Met?",
    command: "Command",
  };
  const widths = (Object.keys(head) as Array<keyof Row>).map((k) =>
    Math.max(...[head, ...rows].map((r) => r[k].length)),
  );
  const line = (r: Row) =>
    "| " +
    (Object.keys(head) as Array<keyof Row>).map((k, i) => r[k].padEnd(widths[i]!)).join(" | ") +
    " |";
  console.log(line(head));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));
}
