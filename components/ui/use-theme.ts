"use client";

import { useCallback, useSyncExternalStore } from "react";
import { parseTheme, THEME_COOKIE, themeAttribute, type Theme } from "./theme";

const listeners = new Set<() => void>();

function read(): Theme {
  return parseTheme(document.documentElement.dataset.theme);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current theme choice and a setter that applies it at once and remembers it for a year. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, read, () => "system" as Theme);
  const setTheme = useCallback((next: Theme) => {
    const attribute = themeAttribute(next);
    if (attribute) document.documentElement.dataset.theme = attribute;
    else delete document.documentElement.dataset.theme;
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    for (const listener of listeners) listener();
  }, []);
  return [theme, setTheme];
}
