import type { MemberStatsPage } from "./schemas";

const CSV_COLUMNS = [
  "user_id",
  "username",
  "full_name",
  "email",
  "role",
  "team_name",
  "joined_at",
  "xp",
  "tasks_submitted",
  "tasks_completed",
  "modules_completed",
  "evaluations",
  "live_minutes",
  "learning_minutes",
  "last_activity_at",
] as const;

/** RFC 4180 fields; a leading =, +, - or @ is quoted with a ' so no spreadsheet runs it. */
function csvField(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function membersCsv(page: MemberStatsPage): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const m of page.items) lines.push(CSV_COLUMNS.map((c) => csvField(m[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
