const LANGUAGES = [
  { value: "en", label: "English" },
  { value: "es", label: "Español" },
  { value: "fr", label: "Français" },
  { value: "de", label: "Deutsch" },
  { value: "it", label: "Italiano" },
  { value: "pt", label: "Português" },
  { value: "pt-BR", label: "Português (Brasil)" },
  { value: "nl", label: "Nederlands" },
  { value: "pl", label: "Polski" },
  { value: "tr", label: "Türkçe" },
  { value: "ru", label: "Русский" },
  { value: "uk", label: "Українська" },
  { value: "ar", label: "العربية" },
  { value: "hi", label: "हिन्दी" },
  { value: "zh", label: "中文" },
  { value: "ja", label: "日本語" },
  { value: "ko", label: "한국어" },
  { value: "vi", label: "Tiếng Việt" },
] as const;

/** Every IANA zone the browser knows, with the current one kept even if it does not list it. */
export function timeZoneOptions(current: string): { value: string; label: string }[] {
  const zones = Intl.supportedValuesOf("timeZone");
  const all = zones.includes(current) ? zones : [current, ...zones];
  return ["UTC", ...all.filter((z) => z !== "UTC")].map((z) => ({
    value: z,
    label: z.replaceAll("_", " "),
  }));
}

/** The offered languages, with the current one kept even if it was set elsewhere (the API). */
export function languageOptions(current: string): { value: string; label: string }[] {
  const known = LANGUAGES.some((l) => l.value === current);
  return known ? [...LANGUAGES] : [{ value: current, label: current }, ...LANGUAGES];
}
