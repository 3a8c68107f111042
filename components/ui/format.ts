const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** The settings every date in the app is written with: the reader's locale and time zone. */
export type FormatSettings = { locale: string; timeZone: string };

/** When nothing better is known: British English (the copy's own), in UTC. */
export const DEFAULT_FORMAT: FormatSettings = { locale: "en-GB", timeZone: "UTC" };

/** A usable BCP 47 tag from an Accept-Language header ("en-GB,en;q=0.9" → "en-GB"). */
export function localeFromHeader(header: string | null | undefined): string {
  const first = header?.split(",")[0]?.split(";")[0]?.trim();
  if (!first || first === "*") return DEFAULT_FORMAT.locale;
  try {
    return Intl.getCanonicalLocales(first)[0] ?? DEFAULT_FORMAT.locale;
  } catch {
    return DEFAULT_FORMAT.locale;
  }
}

/** A time zone Intl accepts, else UTC (a profile may carry one this runtime does not know). */
export function safeTimeZone(zone: string | null | undefined): string {
  if (!zone) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

/** "3 minutes ago", "in 2 days", "just now" (in `locale`, English by default). */
export function timeAgo(iso: string, now = Date.now(), locale = "en"): string {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const seconds = (Date.parse(iso) - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return locale.startsWith("en") ? "just now" : relative.format(0, "second");
}

/** "30 Nov 2026" (en-GB) or "Nov 30, 2026" (en-US): a day, in the reader's zone. */
export function formatDate(iso: string, settings: FormatSettings = DEFAULT_FORMAT): string {
  return new Intl.DateTimeFormat(settings.locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: settings.timeZone,
  }).format(new Date(iso));
}

/** "30 Nov 2026, 14:05": a moment, in the reader's zone and clock (12 or 24 hours). */
export function formatDateTime(iso: string, settings: FormatSettings = DEFAULT_FORMAT): string {
  return new Intl.DateTimeFormat(settings.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: settings.timeZone,
  }).format(new Date(iso));
}

/** Kept for existing callers: a day in the default settings. Prefer `useFormat().date`. */
export function shortDate(iso: string): string {
  return formatDate(iso);
}
