"use client";

import type { Scope } from "@/server/platform/scopes";

const AREAS: Array<{ area: string; label: string }> = [
  { area: "conversations", label: "Conversations" },
  { area: "rag", label: "Knowledge base" },
  { area: "live", label: "Xentree Live" },
  { area: "xel", label: "Xentree English" },
  { area: "quiz", label: "Quizzes (English tasks)" },
  { area: "organizations", label: "Organizations" },
  { area: "integrations", label: "Integrations" },
  { area: "api", label: "Everything" },
];

/** The columns, so every area's Read and Write line up (only "Everything" has Admin). */
const LEVELS = [
  { level: "read", label: "Read" },
  { level: "write", label: "Write" },
  { level: "admin", label: "Admin (all)" },
] as const;

const ROW = "grid grid-cols-[minmax(0,1fr)_3.5rem_3.5rem_4.5rem] items-center gap-x-2 px-3";

/** Scopes as checkboxes grouped by area; only the ones the user may grant are offered. */
export function ScopePicker({
  grantable,
  error,
}: {
  grantable: readonly Scope[];
  error?: string | undefined;
}) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? "scope-error" : undefined}>
      <legend className="mb-1 text-sm font-medium">Scopes</legend>
      <div
        className="flex flex-col divide-y divide-border rounded-md border border-border"
        data-testid="scope-grid"
      >
        <div className={`${ROW} py-1.5 text-xs text-muted`} aria-hidden>
          <span>Area</span>
          {LEVELS.map(({ level, label }) => (
            <span key={level} className="text-center">
              {label}
            </span>
          ))}
        </div>
        {AREAS.map(({ area, label }) => {
          const scopes = grantable.filter((s) => s.startsWith(`${area}:`));
          if (scopes.length === 0) return null;
          return (
            <div key={area} className={`${ROW} py-2`} data-testid={`scope-row-${area}`}>
              <span className="text-sm">{label}</span>
              {LEVELS.map(({ level, label: levelLabel }) => {
                const scope = `${area}:${level}` as Scope;
                if (!scopes.includes(scope)) return <span key={level} />;
                return (
                  <label key={level} className="flex justify-center py-1">
                    <input
                      type="checkbox"
                      name="permissions"
                      value={scope}
                      className="size-4 accent-[var(--color-accent)]"
                    />
                    <span className="sr-only">
                      {levelLabel} {label}
                    </span>
                  </label>
                );
              })}
            </div>
          );
        })}
      </div>
      <p className="text-xs text-muted">
        &ldquo;Everything: Read&rdquo; covers every read scope, &ldquo;Write&rdquo; every write
        scope.
      </p>
      {error && (
        <p id="scope-error" className="text-xs text-danger" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
