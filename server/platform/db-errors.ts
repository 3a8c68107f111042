/**
 * The name of the unique index a statement violated, or null. Looks through drizzle's wrapping
 * for the driver error (postgres.js says `constraint_name`, PGlite `constraint`).
 */
export function uniqueViolation(error: unknown): string | null {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const candidate = e as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    if (candidate.code === "23505") {
      const name = candidate.constraint_name ?? candidate.constraint;
      return typeof name === "string" ? name : "";
    }
  }
  return null;
}
