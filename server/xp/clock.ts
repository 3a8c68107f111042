/**
 * The time XP and streaks are computed at. Tests set it to walk across midnights and time zones;
 * everything else reads `now()`.
 */
let current: () => Date = () => new Date();

export function now(): Date {
  return current();
}

/** For tests: a fixed (or moving) time; call with no argument to return to the real clock. */
export function setClock(time?: Date | (() => Date)): void {
  if (time === undefined) current = () => new Date();
  else if (time instanceof Date) current = () => new Date(time.getTime());
  else current = time;
}

/** A valid IANA zone, or UTC (an unknown zone in old data must not break the dashboard). */
export function safeTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Date arithmetic on YYYY-MM-DD strings (calendar days, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday, for a YYYY-MM-DD date. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
