"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { DEFAULT_FORMAT, formatDate, formatDateTime, timeAgo, type FormatSettings } from "./format";

const FormatContext = createContext<FormatSettings>(DEFAULT_FORMAT);

/**
 * Set once per request by a server layout (locale from Accept-Language, time zone from the
 * profile), so the server and the browser write every date the same way: no hydration mismatch.
 */
export function FormatProvider({
  locale,
  timeZone,
  children,
}: FormatSettings & { children: ReactNode }) {
  const value = useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
  return <FormatContext.Provider value={value}>{children}</FormatContext.Provider>;
}

/** Date formatters bound to the reader's locale and time zone. */
export function useFormat() {
  const settings = useContext(FormatContext);
  return useMemo(
    () => ({
      settings,
      date: (iso: string) => formatDate(iso, settings),
      dateTime: (iso: string) => formatDateTime(iso, settings),
      ago: (iso: string) => timeAgo(iso, Date.now(), settings.locale),
    }),
    [settings],
  );
}

/** A <time> element for a moment: the reader's format, with the full date and time on hover. */
export function Time({
  iso,
  style = "date",
}: {
  iso: string;
  style?: "date" | "dateTime" | "ago";
}) {
  const f = useFormat();
  return (
    <time dateTime={iso} title={f.dateTime(iso)}>
      {f[style](iso)}
    </time>
  );
}
