/** The theme a user chose. "system" follows the operating system's light or dark setting. */
export type Theme = "light" | "dark" | "system";

export const THEMES: readonly Theme[] = ["light", "dark", "system"];

/**
 * The cookie that carries the choice, so the server renders <html data-theme> right on the first
 * byte: no flash of the wrong theme and no inline script (which a strict CSP would refuse).
 */
export const THEME_COOKIE = "xentree-theme";

export function parseTheme(value: string | undefined): Theme {
  return value === "light" || value === "dark" ? value : "system";
}

/** The value of <html data-theme>: absent for "system", so the CSS media query decides. */
export function themeAttribute(theme: Theme): "light" | "dark" | undefined {
  return theme === "system" ? undefined : theme;
}
