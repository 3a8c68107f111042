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

const LEVEL_LABELS: Record<string, string> = { read: "Read", write: "Write", admin: "Admin (all)" };

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
      <div className="flex flex-col divide-y divide-border rounded-md border border-border">
        {AREAS.map(({ area, label }) => {
          const scopes = grantable.filter((s) => s.startsWith(`${area}:`));
          if (scopes.length === 0) return null;
          return (
            <div
              key={area}
              className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2"
            >
              <span className="text-sm">{label}</span>
              <span className="flex gap-3">
                {scopes.map((scope) => (
                  <label key={scope} className="flex items-center gap-1.5 text-sm">
                    <input
                      type="checkbox"
                      name="permissions"
                      value={scope}
                      className="size-4 accent-[var(--color-accent)]"
                    />
                    <span>
                      {LEVEL_LABELS[scope.split(":")[1] ?? ""]}
                      <span className="sr-only"> {label}</span>
                    </span>
                  </label>
                ))}
              </span>
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
